package nl.openmkb.catalogue.sparql;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * Every representation the endpoint can send, and the media types that ask for it. This is the one place where the
 * content-negotiation offers are declared; the order of the constants is the server's preference when a client
 * accepts several equally.
 */
enum ResultFormat {

	SPARQL_JSON(Kind.RESULTS, "application/sparql-results+json", ResultSetLang.RS_JSON, null, "application/json"),
	SPARQL_XML(Kind.RESULTS, "application/sparql-results+xml", ResultSetLang.RS_XML, null, "application/xml", "text/xml"),
	CSV(Kind.RESULTS, "text/csv", ResultSetLang.RS_CSV, null),
	TSV(Kind.RESULTS, "text/tab-separated-values", ResultSetLang.RS_TSV, null),
	TURTLE(Kind.GRAPH, "text/turtle", Lang.TURTLE, RDFFormat.TURTLE, "application/x-turtle"),
	JSON_LD(Kind.GRAPH, "application/ld+json", Lang.JSONLD, RDFFormat.JSONLD, "application/json"),
	N_TRIPLES(Kind.GRAPH, "application/n-triples", Lang.NTRIPLES, RDFFormat.NTRIPLES, "text/plain"),
	RDF_XML(Kind.GRAPH, "application/rdf+xml", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, "application/xml", "text/xml"),
	HTML(Kind.PAGE, "text/html", null, null);

	/** What a format can carry. */
	enum Kind {

		/** SELECT and ASK results. */
		RESULTS,
		/** An RDF graph: CONSTRUCT and DESCRIBE results, the service description. */
		GRAPH,
		/** The query page for people. */
		PAGE

	}

	private final Kind kind;

	private final MediaType mediaType;

	private final List<MediaType> aliases;

	private final @Nullable Lang lang;

	private final @Nullable RDFFormat rdfFormat;

	ResultFormat(Kind kind, String mediaType, @Nullable Lang lang, @Nullable RDFFormat rdfFormat, String... aliases) {
		this.kind = kind;
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.aliases = Arrays.stream(aliases).map(MediaType::parseMediaType).toList();
		this.lang = lang;
		this.rdfFormat = rdfFormat;
	}

	Kind kind() {
		return kind;
	}

	/** The Content-Type of a response in this format; every format is written in UTF-8. */
	MediaType contentType() {
		return new MediaType(mediaType, StandardCharsets.UTF_8);
	}

	MediaType mediaType() {
		return mediaType;
	}

	/** The result-set language (for {@link Kind#RESULTS}). */
	Lang resultLang() {
		if (lang == null || kind != Kind.RESULTS) {
			throw new IllegalStateException(this + " is not a result-set format");
		}
		return lang;
	}

	/** The RDF writer format (for {@link Kind#GRAPH}). */
	RDFFormat rdfFormat() {
		if (rdfFormat == null) {
			throw new IllegalStateException(this + " is not an RDF format");
		}
		return rdfFormat;
	}

	/** The formats of a kind, in the server's order of preference. */
	static List<ResultFormat> of(Kind... kinds) {
		List<Kind> wanted = List.of(kinds);
		return Arrays.stream(values()).filter(f -> wanted.contains(f.kind)).toList();
	}

	/**
	 * The offer the client prefers by its Accept header (with q-values; the most specific range decides a type's
	 * quality), or {@code null} when it accepts none. A missing or unreadable header accepts anything, so the first
	 * offer (the default) wins.
	 */
	static @Nullable ResultFormat negotiate(@Nullable String accept, List<ResultFormat> offers) {
		List<MediaType> ranges = parse(accept);
		ResultFormat best = null;
		double bestQuality = 0;
		for (ResultFormat offer : offers) {
			double quality = quality(offer, ranges);
			if (quality > bestQuality) {
				best = offer;
				bestQuality = quality;
			}
		}
		return best;
	}

	/** How much a client with this Accept header wants {@code type} (0 when not at all). */
	static double quality(@Nullable String accept, MediaType type) {
		return quality(type, parse(accept));
	}

	private static List<MediaType> parse(@Nullable String accept) {
		if (accept == null || accept.isBlank()) {
			return List.of(MediaType.ALL);
		}
		try {
			return MediaType.parseMediaTypes(accept);
		}
		catch (IllegalArgumentException ex) {
			// InvalidMediaTypeException and InvalidMimeTypeException: an unreadable header accepts anything.
			return List.of(MediaType.ALL);
		}
	}

	private static double quality(ResultFormat offer, List<MediaType> ranges) {
		double quality = quality(offer.mediaType, ranges);
		for (MediaType alias : offer.aliases) {
			// An alias (application/json for SPARQL JSON) counts only when named, not through a wildcard.
			double aliasQuality = quality(alias, ranges.stream().filter(MediaType::isConcrete).toList());
			quality = Math.max(quality, aliasQuality);
		}
		return quality;
	}

	private static double quality(MediaType type, List<MediaType> ranges) {
		int bestSpecificity = -1;
		double quality = 0;
		for (MediaType range : ranges) {
			if (!range.includes(type)) {
				continue;
			}
			int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
			if (specificity > bestSpecificity) {
				bestSpecificity = specificity;
				quality = range.getQualityValue();
			}
		}
		return quality;
	}

}
