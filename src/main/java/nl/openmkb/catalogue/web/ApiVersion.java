package nl.openmkb.catalogue.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts the full API version in an {@code API-Version} header on every response, errors included (ADR). */
public final class ApiVersion extends OncePerRequestFilter {

	/** The version of the API contract (semantic versioning); the major version is the {@code /v1} in the path. */
	public static final String CURRENT = "1.0.0";

	/** The response header that carries it. */
	public static final String HEADER = "API-Version";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, CURRENT);
		chain.doFilter(request, response);
	}

}
