package nl.openmkb.catalogue.harvest;

/** A harvest run failed for a named cause; the source's previous graph stays. */
public final class HarvestException extends RuntimeException {

	private final Cause cause;

	public HarvestException(Cause cause, String message) {
		super(message);
		this.cause = cause;
	}

	public HarvestException(Cause cause, String message, Throwable reason) {
		super(message, reason);
		this.cause = cause;
	}

	/** Why the run failed. */
	public Cause kind() {
		return cause;
	}

	/** The causes a run can fail with; each is reported by name. */
	public enum Cause {

		/** No connection or no complete answer within the configured timeouts. */
		TIMEOUT,
		/** The connection failed or broke off. */
		CONNECTION,
		/** The server answered with a 4xx or 5xx status. */
		HTTP_STATUS,
		/** The response declared a media type the format does not allow. */
		CONTENT_TYPE,
		/** The body was larger than the size limit. */
		TOO_LARGE,
		/** A redirect pointed outside the allow-list, or there were too many. */
		REDIRECT_REFUSED,
		/** The host resolved to a loopback, private or otherwise non-public address. */
		ADDRESS_REFUSED,
		/** The body did not parse (truncated, malformed, a DTD or remote JSON-LD context). */
		MALFORMED,
		/** The data describes resources that another source holds (a source may only describe its own). */
		CONFLICT,
		/** The data broke the SHACL shapes. */
		SHAPE_VIOLATIONS,
		/** Something unexpected on our side (see the log). */
		ERROR

	}

}
