package nl.openmkb.catalogue.linkeddata;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Writes RDF responses of the linked data resources, with the catalogue's prefixes and the shared headers. */
final class RdfResponses {

	private RdfResponses() {
	}

	/** The graph serialised in one format. */
	static byte[] write(Graph graph, RdfFormat format) {
		var out = new ByteArrayOutputStream();
		RDFWriter.source(graph).format(format.jena()).output(out);
		return out.toByteArray();
	}

	/** Copies the graph and adds the catalogue's prefixes, for readable Turtle and JSON-LD. */
	static Graph prefixed(Graph graph) {
		Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
		graph.find().forEachRemaining(copy::add);
		copy.getPrefixMapping().setNsPrefixes(PropertyLabels.PREFIXES);
		return copy;
	}

	/** 200 with the RDF, {@code Vary: Accept}, the ETag and the {@code Link} header to the other representations. */
	static ResponseEntity<byte[]> ok(byte[] body, RdfFormat format, String etag, @Nullable String links) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.VARY, "Accept, Accept-Language")
			.eTag(etag);
		if (links != null) {
			response.header(HttpHeaders.LINK, links);
		}
		return response.body(body);
	}

	/** A {@code Link} header value naming each representation of {@code path} by its {@code ?format=}. */
	static String alternates(String path, List<Variant> variants, Variant current) {
		String canonical = "<" + path + ">; rel=\"canonical\"";
		return canonical + ", " + variants.stream()
			.filter(v -> !v.equals(current))
			.map(v -> "<" + path + "?format=" + v.key() + ">; rel=\"alternate\"; type=\"" + v.mediaType().getType() + "/"
					+ v.mediaType().getSubtype() + "\"")
			.collect(Collectors.joining(", "));
	}

	/** 304 Not Modified with the headers a cache needs. */
	static ResponseEntity<byte[]> notModified(String etag) {
		return ResponseEntity.status(304).eTag(etag).header(HttpHeaders.VARY, "Accept, Accept-Language").build();
	}

}
