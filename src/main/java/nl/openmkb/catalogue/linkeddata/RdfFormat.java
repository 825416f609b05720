package nl.openmkb.catalogue.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.jena.riot.RDFFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/** The RDF serialisations the linked data pages, the catalogue, VoID and the vocabulary are offered in. */
public enum RdfFormat {

	/** Turtle, the default for machines. */
	TURTLE("ttl", "text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
	/** JSON-LD 1.1. */
	JSON_LD("jsonld", "application/ld+json", "jsonld", RDFFormat.JSONLD11),
	/** N-Triples, one triple a line. */
	N_TRIPLES("nt", "application/n-triples", "nt", RDFFormat.NTRIPLES),
	/** RDF/XML. */
	RDF_XML("rdf", "application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN);

	private final String key;

	private final MediaType mediaType;

	private final String extension;

	private final RDFFormat jena;

	RdfFormat(String key, String mediaType, String extension, RDFFormat jena) {
		this.key = key;
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.extension = extension;
		this.jena = jena;
	}

	/** The value of {@code ?format=} that asks for this format. */
	public String key() {
		return key;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	/** The file extension, without a dot. */
	public String extension() {
		return extension;
	}

	/** Jena's writer format. */
	public RDFFormat jena() {
		return jena;
	}

	/** The format for a {@code ?format=} value ({@code ttl}, {@code turtle}, {@code jsonld}, a media type …). */
	public static @Nullable RdfFormat ofKey(String value) {
		String key = value.strip().toLowerCase(Locale.ROOT);
		for (RdfFormat format : values()) {
			if (format.key.equals(key) || format.mediaType.toString().equals(key) || format.name().replace("_", "").equalsIgnoreCase(key)
					|| format.name().replace('_', '-').equalsIgnoreCase(key)) {
				return format;
			}
		}
		return switch (key) {
			case "json-ld", "json" -> JSON_LD;
			case "ntriples" -> N_TRIPLES;
			case "xml", "rdfxml", "rdf/xml", "owl" -> RDF_XML;
			default -> null;
		};
	}

	/** Every {@code ?format=} key, for error messages. */
	public static List<String> keys() {
		return Arrays.stream(values()).map(RdfFormat::key).toList();
	}

}
