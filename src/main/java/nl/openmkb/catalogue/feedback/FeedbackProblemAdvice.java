package nl.openmkb.catalogue.feedback;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.web.ProblemTypes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem bodies for refused feedback: 400 with {@code invalidParams}, 429 when rate-limited. */
@RestControllerAdvice(assignableTypes = FeedbackController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FeedbackProblemAdvice {

	static final URI INVALID_FEEDBACK = URI.create(ProblemTypes.BASE + "invalid-feedback");

	static final URI TOO_MANY_REQUESTS = URI.create(ProblemTypes.BASE + "too-many-requests");

	private static final Logger log = LoggerFactory.getLogger(FeedbackProblemAdvice.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(FeedbackException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(ex.status(), ex.title(), ex.getMessage(), request);
		if (!ex.invalidParams().isEmpty()) {
			problem.setProperty("invalidParams", ex.invalidParams());
		}
		var response = ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (ex.status() == HttpStatus.TOO_MANY_REQUESTS) {
			response.header("Retry-After", "60");
		}
		return response.body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid feedback",
				"The body must be a JSON object with item, score and optionally comment.", request);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(status == HttpStatus.TOO_MANY_REQUESTS ? TOO_MANY_REQUESTS : INVALID_FEEDBACK);
		problem.setInstance(URI.create(request.getRequestURI()));
		log.info("{} {} answered {}: {}", request.getMethod(), request.getRequestURI(), status.value(), detail);
		return problem;
	}

}
