package nl.openmkb.catalogue.harvest;

import java.util.List;

import org.apache.jena.riot.Lang;
import org.jspecify.annotations.Nullable;

/** The formats a source can be harvested in, with the media types a response may declare for each. */
public enum SourceFormat {

	/** RDF 1.1 Turtle. */
	TURTLE(Lang.TURTLE, "text/turtle", "application/x-turtle"),
	/** JSON-LD 1.1, with inline contexts only (a remote {@code @context} is refused, it would be fetched). */
	JSONLD(Lang.JSONLD, "application/ld+json", "application/json"),
	/** RDF/XML. */
	RDFXML(Lang.RDFXML, "application/rdf+xml", "application/xml", "text/xml"),
	/** N-Triples. */
	NTRIPLES(Lang.NTRIPLES, "application/n-triples", "text/plain"),
	/** CSV with a declared column mapping. */
	CSV(null, "text/csv"),
	/** A SPARQL 1.1 endpoint asked a CONSTRUCT query; the answer must be N-Triples or Turtle. */
	SPARQL(null, "application/n-triples", "text/turtle"),
	/** Samenwerkende Catalogi product XML (IPM SC 4.0, {@code overheidproduct:scproducten}). */
	SAMENWERKENDE_CATALOGI(null, "application/xml", "text/xml");

	private final @Nullable Lang lang;

	private final List<String> mediaTypes;

	SourceFormat(@Nullable Lang lang, String... mediaTypes) {
		this.lang = lang;
		this.mediaTypes = List.of(mediaTypes);
	}

	/** The RDF syntax, for RDF formats. */
	public @Nullable Lang lang() {
		return lang;
	}

	/** The media types a response may declare (parameters such as charset are ignored). */
	public List<String> mediaTypes() {
		return mediaTypes;
	}

	/** The {@code Accept} header to send. */
	public String accept() {
		return String.join(", ", mediaTypes);
	}

}
