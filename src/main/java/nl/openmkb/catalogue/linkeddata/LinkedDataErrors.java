package nl.openmkb.catalogue.linkeddata;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.web.ProblemTypes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors of the linked data resources: an HTML page for people (when {@code Accept} prefers HTML) and
 * {@code application/problem+json} for machines, with the same problem types as the REST API. A 406 lists the
 * formats that are offered.
 */
@ControllerAdvice(basePackageClasses = LinkedDataErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LinkedDataErrors {

	private static final Logger log = LoggerFactory.getLogger(LinkedDataErrors.class);

	private final Pages pages;

	LinkedDataErrors(Pages pages) {
		this.pages = pages;
	}

	@ExceptionHandler
	ResponseEntity<?> unknown(UnknownResourceException ex, HttpServletRequest request) {
		return answer(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", ex.getMessage(), List.of(), request);
	}

	@ExceptionHandler
	ResponseEntity<?> notAcceptable(NotAcceptableException ex, HttpServletRequest request) {
		List<String> supported = ex.offers().stream().map(v -> v.key() + " (" + v.mediaType().getType() + "/"
				+ v.mediaType().getSubtype() + ")").toList();
		return answer(HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE, "Representation not available",
				ex.getMessage() + " Supported: " + String.join(", ", supported) + ".", supported, request);
	}

	/** A query string the server cannot decode (not percent-encoded UTF-8): bad input, never a 500. */
	@ExceptionHandler
	ResponseEntity<?> undecodable(org.apache.tomcat.util.http.InvalidParameterException ex, HttpServletRequest request) {
		return answer(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid query parameter",
				"The query string cannot be read: encode it as UTF-8 with percent-encoding.", List.of(), request);
	}

	/** The dumps could not be written or read (a full or read-only disk): try again later, never a 500. */
	@ExceptionHandler
	ResponseEntity<?> unavailable(java.io.UncheckedIOException ex, HttpServletRequest request) {
		log.error("{} {} failed: {}", request.getMethod(), request.getRequestURI(), ex.getMessage(), ex);
		return answer(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.STORE_UNAVAILABLE, "Downloads unavailable",
				"The downloads cannot be prepared right now; try again shortly.", List.of(), request);
	}

	private ResponseEntity<?> answer(HttpStatus status, URI type, String title, String detail, List<String> supported,
			HttpServletRequest request) {
		if (status.is4xxClientError()) {
			log.info("{} {} answered {}: {}", request.getMethod(), request.getRequestURI(), status.value(), detail);
		}
		if (prefersHtml(request)) {
			Language language = Pages.language(request);
			String html = pages.render("error", language, request, Map.of("status", status.value(), "detail", detail,
					"supported", supported));
			return pages.respond(status, html, language, null);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		try {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		catch (IllegalArgumentException ex) {
			// Leave the instance out rather than fail on a path that is no valid URI.
		}
		if (!supported.isEmpty()) {
			problem.setProperty("supported", supported);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.VARY, "Accept").body(problem);
	}

	/** Whether the client ranks HTML above JSON: browsers do, machines asking for RDF or JSON do not. */
	private static boolean prefersHtml(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			return Variant.negotiate(accept, null, List.of(Variant.HTML, new Variant(RdfFormat.JSON_LD))).isHtml()
					&& MediaType.parseMediaTypes(accept).stream().anyMatch(m -> m.isCompatibleWith(MediaType.TEXT_HTML) && !m.isWildcardType());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
