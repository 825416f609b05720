package nl.openmkb.catalogue.admin;

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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem bodies for refused admin requests (403, 404, 413, 415, 422), with the run when there is one. */
@RestControllerAdvice(assignableTypes = AdminController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(AdminProblemAdvice.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(AdminException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle(ex.title());
		problem.setType(type(ex.status()));
		problem.setInstance(URI.create(request.getRequestURI()));
		if (ex.run() != null) {
			problem.setProperty("run", ex.run());
		}
		log.info("{} {} answered {}: {}", request.getMethod(), request.getRequestURI(), ex.status().value(), ex.getMessage());
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static URI type(HttpStatus status) {
		return switch (status) {
			case FORBIDDEN -> AdminProblems.FORBIDDEN;
			case NOT_FOUND -> ProblemTypes.NOT_FOUND;
			default -> URI.create(ProblemTypes.BASE + "dataset-refused");
		};
	}

}
