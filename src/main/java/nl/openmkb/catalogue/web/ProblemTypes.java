package nl.openmkb.catalogue.web;

import java.net.URI;

/**
 * The stable {@code type} URIs of the API's problem details. Each is a persistent w3id.org IRI next to the
 * vocabulary namespace, redirecting to its page in {@code docs/api/problems/}; they never depend on the deployment.
 */
public final class ProblemTypes {

	/** Where the problem type pages are published. */
	public static final String BASE = "https://w3id.org/open-mkb/api/problems/";

	/** 400: a query parameter is unknown, malformed or out of range; see {@code invalidParams}. */
	public static final URI INVALID_PARAMETER = URI.create(BASE + "invalid-parameter");

	/** 404: no resource at this path (unknown identifier, unknown path or a trailing slash). */
	public static final URI NOT_FOUND = URI.create(BASE + "not-found");

	/** 404: the page number lies past the last page. */
	public static final URI PAGE_OUT_OF_RANGE = URI.create(BASE + "page-out-of-range");

	/** 405: the API is read-only; only GET, HEAD and OPTIONS are allowed. */
	public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");

	/** 406: none of the media types in {@code Accept} is offered here. */
	public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");

	/** 503: the RDF store did not answer. */
	public static final URI STORE_UNAVAILABLE = URI.create(BASE + "store-unavailable");

	/** 500: something went wrong on our side. */
	public static final URI INTERNAL_ERROR = URI.create(BASE + "internal-error");

	private ProblemTypes() {
	}

}
