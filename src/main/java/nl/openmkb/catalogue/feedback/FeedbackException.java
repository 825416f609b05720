package nl.openmkb.catalogue.feedback;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** Refused feedback: its status, title, detail and the invalid fields. */
final class FeedbackException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	private final List<Map<String, String>> invalidParams;

	FeedbackException(HttpStatus status, String title, String detail, List<Map<String, String>> invalidParams) {
		super(detail);
		this.status = status;
		this.title = title;
		this.invalidParams = List.copyOf(invalidParams);
	}

	HttpStatus status() {
		return status;
	}

	String title() {
		return title;
	}

	List<Map<String, String>> invalidParams() {
		return invalidParams;
	}

}
