package nl.openmkb.catalogue.sparql;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.store.StoreException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps every failure of the SPARQL endpoint to an RFC 9457 problem, in one place: client errors (4xx) are logged at
 * INFO, a timeout at WARN, server errors at ERROR. The body is problem+json, or plain text for a client that accepts
 * text but not JSON. No stack trace ever reaches the client.
 */
@RestControllerAdvice(assignableTypes = SparqlController.class)
class SparqlProblems {

	private static final Logger log = LoggerFactory.getLogger(SparqlProblems.class);

	private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	@ExceptionHandler(SparqlException.class)
	ResponseEntity<?> sparql(SparqlException ex, HttpServletRequest request) {
		SparqlProblem problem = ex.problem();
		if (problem.status().is5xxServerError() && problem != SparqlProblem.QUERY_TIMEOUT) {
			log.error("SPARQL {} failed: {}", request.getMethod(), ex.getMessage(), ex.getCause());
		}
		else if (problem == SparqlProblem.QUERY_TIMEOUT) {
			log.warn("SPARQL query timed out: {}", request.getQueryString());
		}
		else {
			log.info("SPARQL request refused ({}): {}", problem.status().value(), ex.getMessage());
		}
		ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), ex.getMessage());
		ex.properties().forEach(body::setProperty);
		return respond(problem, body, request);
	}

	@ExceptionHandler(StoreException.class)
	ResponseEntity<?> store(StoreException ex, HttpServletRequest request) {
		log.error("SPARQL query could not reach the store: {}", ex.getMessage());
		ProblemDetail body = ProblemDetail.forStatusAndDetail(SparqlProblem.STORE_UNAVAILABLE.status(),
				"The data store did not answer; try again shortly.");
		return respond(SparqlProblem.STORE_UNAVAILABLE, body, request);
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<?> unexpected(RuntimeException ex, HttpServletRequest request) {
		log.error("SPARQL {} failed", request.getMethod(), ex);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(SparqlProblem.INTERNAL_ERROR.status(),
				"The query failed on the server.");
		return respond(SparqlProblem.INTERNAL_ERROR, body, request);
	}

	private static ResponseEntity<?> respond(SparqlProblem problem, ProblemDetail body, HttpServletRequest request) {
		body.setType(problem.type());
		body.setTitle(problem.title());
		body.setInstance(URI.create(request.getRequestURI()));
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status()).header(HttpHeaders.VARY, "Accept");
		if (problem == SparqlProblem.METHOD_NOT_ALLOWED) {
			response.allow(org.springframework.http.HttpMethod.GET, org.springframework.http.HttpMethod.POST);
		}
		if (problem == SparqlProblem.STORE_UNAVAILABLE) {
			response.header(HttpHeaders.RETRY_AFTER, "5");
		}
		if (prefersText(request.getHeader(HttpHeaders.ACCEPT))) {
			return response.contentType(TEXT).body(asText(body));
		}
		return response.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	/** Text only for a client that accepts plain text and does not accept JSON. */
	private static boolean prefersText(@Nullable String accept) {
		double json = Math.max(ResultFormat.quality(accept, MediaType.APPLICATION_PROBLEM_JSON),
				ResultFormat.quality(accept, MediaType.APPLICATION_JSON));
		return json == 0 && ResultFormat.quality(accept, MediaType.TEXT_PLAIN) > 0;
	}

	private static String asText(ProblemDetail body) {
		StringBuilder text = new StringBuilder().append(body.getStatus()).append(' ').append(body.getTitle()).append('\n');
		if (body.getDetail() != null) {
			text.append(body.getDetail()).append('\n');
		}
		if (body.getProperties() != null && body.getProperties().containsKey("line")) {
			text.append("line ").append(body.getProperties().get("line"))
				.append(", column ").append(body.getProperties().get("column")).append('\n');
		}
		text.append("type: ").append(body.getType()).append('\n');
		return text.toString();
	}

}
