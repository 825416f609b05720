package nl.openmkb.catalogue.admin;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** A refused admin request: its status, title and detail, and the run it concerns, if any. */
final class AdminException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	private final @Nullable Object run;

	AdminException(HttpStatus status, String title, String detail, @Nullable Object run) {
		super(detail);
		this.status = status;
		this.title = title;
		this.run = run;
	}

	HttpStatus status() {
		return status;
	}

	String title() {
		return title;
	}

	@Nullable Object run() {
		return run;
	}

}
