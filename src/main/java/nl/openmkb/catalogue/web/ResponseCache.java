package nl.openmkb.catalogue.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers repeated API reads from memory and revalidations with 304, keyed by the store generation.
 * <p>
 * A response is identified by the generation, the URL with its query, and the {@code Accept} and
 * {@code Accept-Language} headers. Its ETag is derived from exactly that, so an {@code If-None-Match} is answered
 * before any work is done, on any node and after a restart; a write moves the generation on and makes every old
 * entry and ETag stale at once. Only successful GETs are stored; HEAD is served from a stored GET.
 */
final class ResponseCache extends OncePerRequestFilter {

	/** The headers of a response that are stored with its body. */
	private static final List<String> STORED_HEADERS = List.of(HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.LINK,
			PagingHeaders.TOTAL_COUNT);

	private static final String VARY = "Accept, Accept-Language";

	/** Resources that change without a new store generation (runs, link checks, feedback) or need a key. */
	private static final List<String> UNCACHED = List.of(ApiLinks.BASE_PATH + "/admin", ApiLinks.BASE_PATH + "/quality");

	private final LongSupplier generation;

	private final String cacheControl;

	private final Cache<Key, Entry> entries;

	private volatile long lastGeneration = -1;

	ResponseCache(LongSupplier generation, ApiProperties properties) {
		this.generation = generation;
		this.cacheControl = CacheControl.maxAge(properties.maxAge()).cachePublic().getHeaderValue();
		this.entries = Caffeine.newBuilder()
			.maximumWeight(properties.responseCacheSize().toBytes())
			.weigher((Key key, Entry entry) -> entry.body().length + 512)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("GET".equals(method) || "HEAD".equals(method)) || !path.startsWith(ApiLinks.BASE_PATH)
				|| UNCACHED.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long current = generation.getAsLong();
		if (current != lastGeneration) {
			// Entries of older generations can never be hit again; free their memory now.
			lastGeneration = current;
			entries.invalidateAll();
		}
		Key key = new Key(current, variant(request));
		String etag = key.etag();
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			validators(response, etag);
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return;
		}
		Entry entry = entries.getIfPresent(key);
		if (entry == null) {
			var capture = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, capture);
			if (capture.getStatus() != HttpStatus.OK.value() || !"GET".equals(request.getMethod())) {
				if (capture.getStatus() == HttpStatus.OK.value()) {
					validators(capture, etag);
				}
				capture.copyBodyToResponse();
				return;
			}
			entry = Entry.of(capture);
			entries.put(key, entry);
			capture.resetBuffer();
		}
		write(entry, etag, request, response);
	}

	private void write(Entry entry, String etag, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (entry.contentType() != null) {
			response.setContentType(entry.contentType());
		}
		entry.headers().forEach((name, values) -> {
			response.setHeader(name, values.get(0));
			values.stream().skip(1).forEach(value -> response.addHeader(name, value));
		});
		validators(response, etag);
		response.setStatus(HttpStatus.OK.value());
		response.setContentLength(entry.body().length);
		if ("GET".equals(request.getMethod())) {
			response.getOutputStream().write(entry.body());
		}
	}

	private void validators(HttpServletResponse response, String etag) {
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.addHeader(HttpHeaders.VARY, VARY);
	}

	/** Whether an {@code If-None-Match} list holds the ETag (weak comparison, RFC 9110) or {@code *}. */
	static boolean matches(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = opaque(etag);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || opaque(tag).equals(opaque)) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	private static String variant(HttpServletRequest request) {
		StringBuilder variant = new StringBuilder(request.getRequestURL());
		if (request.getQueryString() != null) {
			variant.append('?').append(request.getQueryString());
		}
		return variant.append('\n')
			.append(normalize(request.getHeader(HttpHeaders.ACCEPT), "*/*"))
			.append('\n')
			.append(normalize(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), ""))
			.toString();
	}

	/** Header values that mean the same get the same key: no header is its default, case and spaces do not count. */
	private static String normalize(@Nullable String value, String absent) {
		return value == null || value.isBlank() ? absent : value.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
	}

	/** What identifies one stored response. */
	private record Key(long generation, String variant) {

		/** A weak ETag: the generation and a 64-bit FNV-1a hash of the variant. */
		String etag() {
			long hash = 0xcbf29ce484222325L;
			for (byte b : variant.getBytes(StandardCharsets.UTF_8)) {
				hash ^= b & 0xff;
				hash *= 0x100000001b3L;
			}
			return "W/\"" + generation + "-" + Long.toUnsignedString(hash, 36) + "\"";
		}

	}

	/** A stored response: its headers and body. */
	private record Entry(@Nullable String contentType, Map<String, List<String>> headers, byte[] body) {

		static Entry of(ContentCachingResponseWrapper response) {
			Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
			for (String name : STORED_HEADERS) {
				List<String> values = new ArrayList<>(response.getHeaders(name));
				if (!values.isEmpty()) {
					headers.put(name, List.copyOf(values));
				}
			}
			return new Entry(response.getContentType(), Map.copyOf(headers), response.getContentAsByteArray());
		}

	}

}
