package nl.openmkb.catalogue.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;

/**
 * Writes any {@link RdfRepresentable} model as JSON-LD (compacted with the catalogue's context), Turtle or
 * N-Triples, so every resource has its RDF at the same URL as its HAL.
 */
final class RdfMessageConverter extends WriteOnlyMessageConverter<RdfRepresentable> {

	/** Prefixes that make Turtle readable; they do not change the data. */
	private static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("mkb", "https://w3id.org/open-mkb/def#"),
			Map.entry("cpsv", "http://purl.org/vocab/cpsv#"), Map.entry("cv", "http://data.europa.eu/m8g/"),
			Map.entry("eli", "http://data.europa.eu/eli/ontology#"), Map.entry("dct", "http://purl.org/dc/terms/"),
			Map.entry("dcat", "http://www.w3.org/ns/dcat#"), Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
			Map.entry("adms", "http://www.w3.org/ns/adms#"), Map.entry("schema", "https://schema.org/"),
			Map.entry("org", "http://www.w3.org/ns/org#"), Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
			Map.entry("owl", "http://www.w3.org/2002/07/owl#"), Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
			Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"), Map.entry("vcard", "http://www.w3.org/2006/vcard/ns#"));

	private final JsonLdCompactor jsonLd;

	RdfMessageConverter(JsonLdCompactor jsonLd) {
		super(RdfRepresentable.class, ApiMediaTypes.RDF.toArray(MediaType[]::new));
		this.jsonLd = jsonLd;
	}

	@Override
	protected void writeInternal(RdfRepresentable model, HttpOutputMessage message) throws IOException {
		MediaType type = message.getHeaders().getContentType();
		Graph graph = model.rdf();
		OutputStream out = message.getBody();
		RDFFormat format = type == null ? null : ApiMediaTypes.rdfFormat(type);
		if (format == null) {
			jsonLd.write(graph, out);
			return;
		}
		Graph withPrefixes = GraphFactory.createDefaultGraph();
		graph.find().forEachRemaining(withPrefixes::add);
		withPrefixes.getPrefixMapping().setNsPrefixes(PREFIXES);
		RDFWriter.source(withPrefixes).format(format).output(out);
	}

}
