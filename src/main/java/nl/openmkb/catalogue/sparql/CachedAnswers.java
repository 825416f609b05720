package nl.openmkb.catalogue.sparql;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.openmkb.catalogue.sparql.QueryEvaluator.QueryResult;

/**
 * Answers a repeated SPARQL GET from the result cache before Spring MVC sees it: the cached bytes with the headers
 * the controller would send. Only a GET to {@code /sparql} whose single parameter is one {@code query} qualifies (no
 * dataset, no timeout, nothing the controller would check or refuse), and only when the query was parsed and checked
 * before and a result of the store's current generation is cached; every other request passes on unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
final class CachedAnswers extends OncePerRequestFilter {

	private final QueryEvaluator evaluator;

	CachedAnswers(QueryEvaluator evaluator) {
		this.evaluator = evaluator;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getQueryString() == null
				|| !request.getRequestURI().equals(request.getContextPath() + "/sparql");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		QueryResult hit = null;
		if (request.getParameterMap().size() == 1) {
			String[] query = request.getParameterValues("query");
			if (query != null && query.length == 1) {
				hit = evaluator.cachedAnswer(query[0], request.getHeader(HttpHeaders.ACCEPT));
			}
		}
		if (hit == null) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(hit.format().contentType().toString());
		response.setHeader(HttpHeaders.VARY, SparqlController.VARY);
		response.setHeader("Cache-Status", SparqlController.CACHE_HIT);
		response.setContentLength(hit.body().length);
		response.getOutputStream().write(hit.body());
	}

}
