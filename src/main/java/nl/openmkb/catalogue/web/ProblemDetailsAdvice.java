package nl.openmkb.catalogue.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.store.StoreException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error of the REST API into RFC 9457 problem details ({@code application/problem+json}) with a stable
 * {@code type}, a human {@code title} and {@code detail}, the request path as {@code instance}, and
 * {@code invalidParams} for refused query parameters. Client errors are logged at INFO, server errors at ERROR; no
 * stack trace ever reaches a client. It has the lowest precedence, so a feature that needs other error bodies can
 * declare its own advice.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final Map<Integer, URI> TYPES = Map.of(400, ProblemTypes.INVALID_PARAMETER, 404,
			ProblemTypes.NOT_FOUND, 405, ProblemTypes.METHOD_NOT_ALLOWED, 406, ProblemTypes.NOT_ACCEPTABLE, 503,
			ProblemTypes.STORE_UNAVAILABLE, 500, ProblemTypes.INTERNAL_ERROR);

	private static final Map<Integer, String> TITLES = Map.of(400, "Invalid query parameter", 404, "Not found", 405,
			"Method not allowed", 406, "Representation not available", 503, "Store unavailable", 500,
			"Internal server error");

	@ExceptionHandler
	ResponseEntity<Object> invalidParameters(InvalidParametersException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"One or more query parameters are not valid; invalidParams says which and what is allowed.");
		problem.setProperty("invalidParams", ex.invalidParams());
		return problem(ex, problem, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> notFound(ResourceNotFoundException ex, WebRequest request) {
		return problem(ex, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> pageOutOfRange(PageOutOfRangeException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(ProblemTypes.PAGE_OUT_OF_RANGE);
		problem.setTitle("Page out of range");
		problem.setProperty("lastPage", ex.lastPage());
		return problem(ex, problem, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> storeUnavailable(StoreException ex, WebRequest request) {
		return problem(ex, ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The catalogue's data store did not answer; try again shortly."), request);
	}

	/** A query string that is not percent-encoded UTF-8 (the server cannot decode it) is bad input, not a failure. */
	@ExceptionHandler
	ResponseEntity<Object> undecodableQuery(org.apache.tomcat.util.http.InvalidParameterException ex, WebRequest request) {
		return problem(ex, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The query string cannot be read: encode it as UTF-8 with percent-encoding."), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		return problem(ex, ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; it has been logged."), request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
		return invalidParameters(new InvalidParametersException(
				InvalidParam.of(name, "malformed", "'" + ex.getValue() + "' is not a valid value for " + name + ".")),
				request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = body instanceof ProblemDetail detail ? detail
				: ProblemDetail.forStatusAndDetail(statusCode, ex.getMessage());
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			problem.setDetail("There is no resource at this path. Paths have no trailing slash; the API root lists "
					+ "every collection.");
		}
		if (statusCode.value() == 406) {
			problem.setDetail("This resource is not available in the media types of the Accept header. Collections are "
					+ "offered as " + String.join(", ", ApiMediaTypes.COLLECTION) + "; single resources as "
					+ String.join(", ", ApiMediaTypes.RESOURCE) + ".");
		}
		ResponseEntity<Object> response = problem(ex, problem, request);
		HttpHeaders merged = new HttpHeaders();
		merged.putAll(headers);
		merged.putAll(response.getHeaders());
		return new ResponseEntity<>(response.getBody(), merged, response.getStatusCode());
	}

	private ResponseEntity<Object> problem(Exception ex, ProblemDetail problem, WebRequest request) {
		int status = problem.getStatus();
		if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
			problem.setType(TYPES.getOrDefault(status, status >= 500 ? ProblemTypes.INTERNAL_ERROR : ProblemTypes.NOT_FOUND));
		}
		if (problem.getTitle() == null || problem.getTitle().equals(HttpStatus.valueOf(status).getReasonPhrase())) {
			problem.setTitle(TITLES.getOrDefault(status, HttpStatus.valueOf(status).getReasonPhrase()));
		}
		if (problem.getDetail() == null) {
			problem.setDetail(problem.getTitle());
		}
		String path = request instanceof ServletWebRequest servlet ? path(servlet.getRequest()) : null;
		if (path != null) {
			problem.setInstance(URI.create(path));
		}
		if (status >= 500) {
			log.error("{} {} failed: {}", method(request), path, ex.getMessage(), ex);
		}
		else {
			log.info("{} {} answered {}: {}", method(request), path, status, ex.getMessage());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static @Nullable String path(HttpServletRequest request) {
		try {
			return URI.create(request.getRequestURI()).getRawPath();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String method(WebRequest request) {
		return request instanceof ServletWebRequest servlet ? servlet.getRequest().getMethod() : "";
	}

}
