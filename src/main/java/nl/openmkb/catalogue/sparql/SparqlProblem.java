package nl.openmkb.catalogue.sparql;

import java.net.URI;

import org.springframework.http.HttpStatus;

/** The problems the SPARQL endpoint reports, each with a stable type URI documented in {@code docs/api/sparql.md}. */
enum SparqlProblem {

	MALFORMED_QUERY(HttpStatus.BAD_REQUEST, "malformed-query", "The query is not valid SPARQL 1.1"),
	MISSING_QUERY(HttpStatus.BAD_REQUEST, "missing-query", "No query was given"),
	DUPLICATE_QUERY(HttpStatus.BAD_REQUEST, "duplicate-query", "More than one query was given"),
	INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "invalid-parameter", "A request parameter is not valid"),
	NOT_UTF8(HttpStatus.BAD_REQUEST, "not-utf8", "The request body is not UTF-8"),
	FEDERATION_DISABLED(HttpStatus.BAD_REQUEST, "federation-disabled", "SERVICE (federated query) is not allowed"),
	RESULT_TOO_LARGE(HttpStatus.BAD_REQUEST, "result-too-large", "The result is larger than this endpoint returns"),
	READ_ONLY(HttpStatus.FORBIDDEN, "read-only", "The SPARQL endpoint is read-only"),
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Use GET or POST"),
	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "None of the accepted media types can be served"),
	QUERY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "query-too-large", "The query is too large"),
	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
			"Send the query as application/sparql-query or application/x-www-form-urlencoded, in UTF-8"),
	QUERY_TIMEOUT(HttpStatus.SERVICE_UNAVAILABLE, "query-timeout", "The query did not finish in time"),
	STORE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "The data store is not available"),
	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "The query failed on the server");

	/** Where the problem types live; each resolves to its section of {@code docs/api/sparql.md}. */
	static final String TYPE_BASE = "https://w3id.org/open-mkb/problems/sparql/";

	private final HttpStatus status;

	private final String slug;

	private final String title;

	SparqlProblem(HttpStatus status, String slug, String title) {
		this.status = status;
		this.slug = slug;
		this.title = title;
	}

	HttpStatus status() {
		return status;
	}

	URI type() {
		return URI.create(TYPE_BASE + slug);
	}

	String title() {
		return title;
	}

}
