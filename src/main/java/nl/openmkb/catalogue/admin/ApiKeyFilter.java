package nl.openmkb.catalogue.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.openmkb.catalogue.admin.AdminProperties.ApiKey;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request into the admin API only with a valid, unrevoked API key in {@code Authorization: Bearer <key>} or
 * {@code X-Api-Key}; otherwise answers 401 with a problem body. The presented key is hashed with SHA-256 and compared
 * with every configured hash in constant time ({@link MessageDigest#isEqual}), without stopping at a match. Which
 * key was used is put on the request for the controller's permission check (403) and the audit log.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

	/** Request attribute holding the {@link ApiKey} that authenticated the request. */
	static final String KEY_ATTRIBUTE = "nl.openmkb.catalogue.admin.ApiKeyFilter.key";

	private static final Logger audit = LoggerFactory.getLogger("nl.openmkb.catalogue.admin.audit");

	private final List<ApiKey> keys;

	private final List<byte[]> hashes;

	ApiKeyFilter(AdminProperties properties) {
		this.keys = properties.keys();
		this.hashes = keys.stream().map(k -> HexFormat.of().parseHex(k.sha256().toLowerCase(java.util.Locale.ROOT))).toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		String presented = presentedKey(request);
		if (presented == null) {
			refuse(request, response, "No API key: send it as 'Authorization: Bearer <key>'.", "missing");
			return;
		}
		ApiKey key = match(presented);
		if (key == null) {
			refuse(request, response, "The API key is not valid.", "unknown");
			return;
		}
		if (key.revoked()) {
			refuse(request, response, "The API key has been revoked.", "revoked key " + key.id());
			return;
		}
		request.setAttribute(KEY_ATTRIBUTE, key);
		chain.doFilter(request, response);
	}

	private @Nullable ApiKey match(String presented) {
		byte[] hash = sha256(presented);
		ApiKey found = null;
		for (int i = 0; i < keys.size(); i++) {
			// Every hash is compared, so the time taken does not tell which key (if any) matched.
			if (MessageDigest.isEqual(hash, hashes.get(i))) {
				found = keys.get(i);
			}
		}
		return found;
	}

	private static @Nullable String presentedKey(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = authorization.substring(7).strip();
			return token.isEmpty() ? null : token;
		}
		String header = request.getHeader("X-Api-Key");
		return header == null || header.isBlank() ? null : header.strip();
	}

	static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String detail, String why)
			throws IOException {
		audit.info("Refused {} {}: {} API key", request.getMethod(), request.getRequestURI(), why);
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"open-mkb-admin\"");
		AdminProblems.write(response, 401, AdminProblems.UNAUTHORIZED, "Not authenticated", detail,
				request.getRequestURI());
	}

}
