package nl.openmkb.catalogue.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.DynamicTest;

/**
 * Reads the W3C SPARQL 1.1 Protocol manifest and turns its query and {@code bad_*} entries into tests that send each
 * request to a running endpoint and check the status, format and boolean answer it expects.
 */
final class W3cProtocolTests {

	static final String MANIFEST = "conformance/w3c-sparql11-protocol/manifest.ttl";

	private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";

	private static final String HT = "http://www.w3.org/2011/http#";

	private static final String CNT = "http://www.w3.org/2011/content#";

	private static final Set<String> RESULT_TYPES = Set.of("application/sparql-results+json",
			"application/sparql-results+xml", "text/csv", "text/tab-separated-values");

	private static final Set<String> BOOLEAN_TYPES = Set.of("application/sparql-results+json",
			"application/sparql-results+xml");

	private final Model manifest = ModelFactory.createDefaultModel();

	private final HttpClient http = HttpClient.newHttpClient();

	W3cProtocolTests() {
		RDFDataMgr.read(manifest, getClass().getClassLoader().getResource(MANIFEST).toString());
	}

	/** One dynamic test per manifest entry whose name starts with {@code query_} or {@code bad_}. */
	List<DynamicTest> against(URI endpoint) {
		Resource root = manifest.listSubjectsWithProperty(property(MF, "entries")).next();
		List<DynamicTest> tests = new ArrayList<>();
		for (RDFNode entry : root.getPropertyResourceValue(property(MF, "entries")).as(org.apache.jena.rdf.model.RDFList.class).asJavaList()) {
			String name = entry.asResource().getLocalName();
			if (name.startsWith("query_") || name.startsWith("bad_")) {
				tests.add(DynamicTest.dynamicTest(name, () -> run(entry.asResource(), endpoint)));
			}
		}
		return tests;
	}

	private void run(Resource test, URI endpoint) throws Exception {
		Resource action = test.getPropertyResourceValue(property(MF, "action"));
		for (RDFNode node : action.getPropertyResourceValue(property(HT, "requests")).as(org.apache.jena.rdf.model.RDFList.class).asJavaList()) {
			Resource request = node.asResource();
			HttpResponse<byte[]> response = http.send(build(request, endpoint), HttpResponse.BodyHandlers.ofByteArray());
			check(test.getLocalName(), request.getPropertyResourceValue(property(HT, "resp")), response);
		}
	}

	private HttpRequest build(Resource request, URI endpoint) {
		String path = string(request, HT, "absolutePath");
		// The manifest's paths start with "/sparql/"; ours is "/sparql" (no trailing slash).
		URI uri = URI.create(endpoint + path.substring("/sparql/".length()));
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
		Resource headers = request.getPropertyResourceValue(property(HT, "headers"));
		if (headers != null) {
			for (RDFNode header : headers.as(org.apache.jena.rdf.model.RDFList.class).asJavaList()) {
				builder.header(string(header.asResource(), HT, "fieldName"), string(header.asResource(), HT, "fieldValue"));
			}
		}
		Resource body = request.getPropertyResourceValue(property(HT, "body"));
		HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
		if (body != null) {
			Charset charset = Charset.forName(string(body, CNT, "characterEncoding"));
			publisher = HttpRequest.BodyPublishers.ofByteArray(string(body, CNT, "chars").getBytes(charset));
		}
		return builder.method(string(request, HT, "methodName"), publisher).build();
	}

	private void check(String name, Resource expected, HttpResponse<byte[]> response) {
		int status = response.statusCode();
		List<String> classes = expected.listProperties(property(MF, "expectedStatus"))
			.mapWith(s -> s.getResource().getLocalName())
			.toList();
		assertThat(classes).as("%s: status %s", name, status).contains("StatusCode" + (status / 100) + "xx");
		String type = response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").trim();
		Statement format = expected.getProperty(property(MF, "expectedFormat"));
		if (format != null) {
			switch (format.getString()) {
				case "boolean" -> assertThat(BOOLEAN_TYPES).as(name).contains(type);
				case "tabular" -> assertThat(RESULT_TYPES).as(name).contains(type);
				case "RDF" -> {
					Lang lang = RDFLanguages.contentTypeToLang(type);
					assertThat(lang).as("%s: %s is RDF", name, type).isNotNull();
					RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).toGraph();
				}
				default -> throw new IllegalStateException("Unknown expected format " + format.getString());
			}
		}
		Statement expectedBoolean = expected.getProperty(property(MF, "expectedBoolean"));
		if (expectedBoolean != null) {
			Lang lang = type.endsWith("xml") ? ResultSetLang.RS_XML : ResultSetLang.RS_JSON;
			assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body()), lang)).as(name)
				.isEqualTo(expectedBoolean.getBoolean());
		}
		if (status >= 400) {
			assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).as(name)
				.doesNotContain("Exception").doesNotContain("\tat ");
		}
	}

	/** The graphs the manifest's tests load: data file name → graph IRI. */
	List<String[]> graphData() {
		List<String[]> data = new ArrayList<>();
		manifest.listObjectsOfProperty(property("http://www.w3.org/2009/sparql/tests/test-update#", "graphData"))
			.forEach(node -> {
				Resource graph = node.asResource();
				String file = graph.getPropertyResourceValue(property("http://www.w3.org/2009/sparql/tests/test-update#", "graph")).getURI();
				String label = graph.getProperty(org.apache.jena.vocabulary.RDFS.label).getString();
				String[] pair = { file.substring(file.lastIndexOf('/') + 1), label };
				if (data.stream().noneMatch(p -> p[1].equals(label))) {
					data.add(pair);
				}
			});
		return data;
	}

	private static String string(Resource resource, String ns, String local) {
		return resource.getProperty(property(ns, local)).getString();
	}

	private static Property property(String ns, String local) {
		return ModelFactory.createDefaultModel().createProperty(ns, local);
	}

}
