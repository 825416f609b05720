package nl.openmkb.catalogue.web;

import java.util.List;

import org.apache.jena.riot.RDFFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/** The representations the API offers, declared in one place. */
public final class ApiMediaTypes {

	/** HAL, the default. */
	public static final String HAL_JSON = "application/hal+json";

	/** Plain JSON: the same document as HAL. */
	public static final String JSON = "application/json";

	/** JSON-LD, compacted with the catalogue's context. */
	public static final String LD_JSON = "application/ld+json";

	/** Turtle. */
	public static final String TURTLE = "text/turtle";

	/** N-Triples. */
	public static final String N_TRIPLES = "application/n-triples";

	/** CSV, for collections only. */
	public static final String CSV = "text/csv";

	/** RFC 9457 problem details. */
	public static final String PROBLEM_JSON = "application/problem+json";

	/** What a single resource can be had as (in order of preference). */
	public static final String[] RESOURCE = { HAL_JSON, JSON, LD_JSON, TURTLE, N_TRIPLES };

	/** What a collection can be had as (in order of preference). */
	public static final String[] COLLECTION = { HAL_JSON, JSON, LD_JSON, TURTLE, N_TRIPLES, CSV };

	/** The RDF media types with their Jena output formats. */
	static final List<MediaType> RDF = List.of(MediaType.parseMediaType(LD_JSON), MediaType.parseMediaType(TURTLE),
			MediaType.parseMediaType(N_TRIPLES));

	private ApiMediaTypes() {
	}

	/** The Jena format for Turtle or N-Triples ({@code null} for JSON-LD, which is compacted separately). */
	static @Nullable RDFFormat rdfFormat(MediaType type) {
		if (type.isCompatibleWith(MediaType.parseMediaType(TURTLE))) {
			return RDFFormat.TURTLE_PRETTY;
		}
		if (type.isCompatibleWith(MediaType.parseMediaType(N_TRIPLES))) {
			return RDFFormat.NTRIPLES_UTF8;
		}
		return null;
	}

}
