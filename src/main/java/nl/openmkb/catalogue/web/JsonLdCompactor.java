package nl.openmkb.catalogue.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.springframework.core.io.Resource;

/**
 * Writes RDF as JSON-LD 1.1 compacted with the catalogue's context ({@code vocab/context.jsonld}), so it reads as
 * plain JSON: short keys, language maps, links as IRI strings. The context is parsed once; it is written inline, so
 * every document stands on its own.
 */
final class JsonLdCompactor {

	private final Document context;

	private final JsonWriterFactory writers = Json.createWriterFactory(Map.of());

	JsonLdCompactor(Resource contextResource) {
		try (InputStream in = contextResource.getInputStream()) {
			this.context = JsonDocument.of(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the JSON-LD context " + contextResource, ex);
		}
		catch (JsonLdError ex) {
			throw new IllegalStateException("Not a JSON-LD context: " + contextResource, ex);
		}
	}

	/** Compacts the graph with the context and writes it as UTF-8 JSON. */
	void write(Graph graph, OutputStream out) {
		JsonObject compacted = compact(graph);
		try (var writer = writers.createWriter(out)) {
			writer.write(compacted);
		}
	}

	JsonObject compact(Graph graph) {
		try {
			JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(graph))))
				.ordered(true)
				.get();
			JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), context).ordered(true).get();
			// Readers expect the context first.
			var ordered = Json.createObjectBuilder();
			if (compacted.containsKey("@context")) {
				ordered.add("@context", compacted.get("@context"));
			}
			compacted.forEach((key, value) -> {
				if (!key.equals("@context")) {
					ordered.add(key, value);
				}
			});
			return ordered.build();
		}
		catch (JsonLdError ex) {
			throw new IllegalStateException("Cannot write JSON-LD: " + ex.getMessage(), ex);
		}
	}

}
