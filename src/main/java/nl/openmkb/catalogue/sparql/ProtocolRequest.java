package nl.openmkb.catalogue.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.InvalidMimeTypeException;

/**
 * What a SPARQL 1.1 Protocol request asks, read from GET parameters, a form-encoded POST or a direct
 * {@code application/sparql-query} POST. Updates, a second {@code query}, other content types and bodies in another
 * charset than UTF-8 are refused here; parameters the protocol does not define are ignored.
 *
 * @param query the query text, or {@code null} when none was given (a plain GET)
 * @param defaultGraphs the {@code default-graph-uri} values
 * @param namedGraphs the {@code named-graph-uri} values
 * @param timeout the client's {@code timeout} (seconds, like Fuseki), or {@code null}
 */
record ProtocolRequest(@Nullable String query, List<String> defaultGraphs, List<String> namedGraphs,
		@Nullable Duration timeout) {

	static final MediaType SPARQL_QUERY = MediaType.parseMediaType("application/sparql-query");

	static final MediaType SPARQL_UPDATE = MediaType.parseMediaType("application/sparql-update");

	/** Reads a GET request: everything is in the query string. */
	static ProtocolRequest fromGet(HttpServletRequest request, long maxQuerySize) {
		refuseUpdate(request);
		return of(single(request, "query"), request, maxQuerySize);
	}

	/** Reads a POST request, form-encoded or with the query as the body. */
	static ProtocolRequest fromPost(HttpServletRequest request, long maxQuerySize) {
		MediaType type = contentType(request);
		if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
			refuseUpdate(request);
			String query = single(request, "query");
			if (query == null) {
				throw new SparqlException(SparqlProblem.MISSING_QUERY, "A form-encoded POST needs a 'query' parameter.");
			}
			return of(query, request, maxQuerySize);
		}
		if (type.isCompatibleWith(SPARQL_UPDATE) || request.getParameterValues("update") != null) {
			throw readOnly();
		}
		if (type.isCompatibleWith(SPARQL_QUERY)) {
			if (request.getParameterValues("query") != null) {
				throw new SparqlException(SparqlProblem.DUPLICATE_QUERY,
						"The query is in the body; the URL must not have a 'query' parameter as well.");
			}
			return of(body(request, maxQuerySize), request, maxQuerySize);
		}
		throw new SparqlException(SparqlProblem.UNSUPPORTED_MEDIA_TYPE,
				"Content-Type " + type + " is not accepted; use application/sparql-query or application/x-www-form-urlencoded.");
	}

	private static ProtocolRequest of(@Nullable String query, HttpServletRequest request, long maxQuerySize) {
		if (query != null && query.length() > maxQuerySize) {
			throw tooLarge(maxQuerySize);
		}
		return new ProtocolRequest(query, graphs(request, "default-graph-uri"), graphs(request, "named-graph-uri"),
				timeout(request));
	}

	private static MediaType contentType(HttpServletRequest request) {
		String header = request.getContentType();
		if (header == null || header.isBlank()) {
			throw new SparqlException(SparqlProblem.UNSUPPORTED_MEDIA_TYPE,
					"A POST needs a Content-Type: application/sparql-query or application/x-www-form-urlencoded.");
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(header);
		}
		catch (InvalidMimeTypeException ex) {
			throw new SparqlException(SparqlProblem.UNSUPPORTED_MEDIA_TYPE, "Content-Type is not readable: " + header);
		}
		if (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
			throw new SparqlException(SparqlProblem.UNSUPPORTED_MEDIA_TYPE,
					"Only UTF-8 is accepted, not " + type.getCharset().name() + ".");
		}
		if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
			try {
				// Before any parameter is read, so the form body decodes as UTF-8 whatever the servlet default.
				request.setCharacterEncoding(StandardCharsets.UTF_8.name());
			}
			catch (java.io.UnsupportedEncodingException ex) {
				throw new IllegalStateException("UTF-8 is always supported", ex);
			}
		}
		return type;
	}

	private static void refuseUpdate(HttpServletRequest request) {
		if (request.getParameterValues("update") != null) {
			throw readOnly();
		}
	}

	private static SparqlException readOnly() {
		return new SparqlException(SparqlProblem.READ_ONLY, "SPARQL Update is not accepted here; the data is read-only.");
	}

	private static SparqlException tooLarge(long maxQuerySize) {
		return new SparqlException(SparqlProblem.QUERY_TOO_LARGE, "Queries are limited to " + maxQuerySize + " bytes.");
	}

	private static @Nullable String single(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		if (values == null) {
			return null;
		}
		if (values.length > 1) {
			throw new SparqlException(SparqlProblem.DUPLICATE_QUERY,
					"The request has " + values.length + " '" + name + "' parameters; send exactly one.");
		}
		return values[0];
	}

	private static String body(HttpServletRequest request, long maxQuerySize) {
		byte[] bytes;
		try (InputStream in = request.getInputStream()) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxQuerySize + 1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the request body", ex);
		}
		if (bytes.length > maxQuerySize) {
			throw tooLarge(maxQuerySize);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new SparqlException(SparqlProblem.NOT_UTF8, "The query body is not valid UTF-8.");
		}
	}

	private static List<String> graphs(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		if (values == null) {
			return List.of();
		}
		for (String value : values) {
			try {
				if (!IRIx.create(value).isAbsolute()) {
					throw invalid(name, value, "not an absolute IRI");
				}
			}
			catch (IRIException ex) {
				throw invalid(name, value, "not an IRI");
			}
		}
		return Arrays.stream(values).distinct().toList();
	}

	private static @Nullable Duration timeout(HttpServletRequest request) {
		String[] values = request.getParameterValues("timeout");
		if (values == null || values.length == 0 || values[0].isBlank()) {
			return null;
		}
		try {
			BigDecimal seconds = new BigDecimal(values[0].trim());
			if (seconds.signum() < 0) {
				throw invalid("timeout", values[0], "must be a positive number of seconds");
			}
			if (seconds.signum() == 0) {
				// Some clients send 0 for "no limit of my own": the server's timeout applies.
				return null;
			}
			return Duration.ofMillis(seconds.movePointRight(3).min(BigDecimal.valueOf(Long.MAX_VALUE / 2)).longValue());
		}
		catch (NumberFormatException ex) {
			throw invalid("timeout", values[0], "must be a number of seconds");
		}
	}

	private static SparqlException invalid(String name, String value, String reason) {
		return new SparqlException(SparqlProblem.INVALID_PARAMETER, "'" + name + "' " + reason + ": " + value,
				Map.of("invalidParams", List.of(Map.of("name", name, "reason", reason))), null);
	}

}
