package nl.openmkb.catalogue.linkeddata;

import nl.openmkb.catalogue.support.Directories;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.GraphNames;
import nl.openmkb.catalogue.web.CatalogueIntegrationTest;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dumps under {@code /downloads}, downloaded from the running application and loaded back: each holds exactly as
 * many triples as the store's published data, matches its checksum and revalidates; VoID counts the same triples.
 */
@CatalogueIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DumpsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CatalogueStore store;

	@Autowired
	CatalogueSnapshots snapshots;

	@Autowired
	PublicationProperties publication;

	@AfterAll
	void removeDumpsWhenTheJvmExits() {
		// Other test classes share the running application; remove the files only when it is gone.
		var directory = publication.downloadsDirectory().toAbsolutePath();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> Directories.delete(directory), "delete-test-dumps"));
	}

	@ParameterizedTest
	@EnumSource(value = RdfFormat.class, names = { "TURTLE", "N_TRIPLES", "JSON_LD" })
	void eachDumpLoadsBackWithAsManyTriplesAsTheStore(RdfFormat format) throws Exception {
		LinkedDataClient client = new LinkedDataClient(port);
		String path = "/downloads/" + Dumps.fileName(format);
		HttpResponse<byte[]> download = client.bytes(path);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).contains("application/gzip");
		assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(download.body().length);
		String etag = download.headers().firstValue("ETag").orElseThrow();
		String lastModified = download.headers().firstValue("Last-Modified").orElseThrow();

		String checksum = client.get(path + ".sha256").body();
		assertThat(checksum).isEqualTo(sha256(download.body()) + "  " + Dumps.fileName(format) + "\n");

		Model loaded = ModelFactory.createDefaultModel();
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(download.body()))) {
			RDFParser.source(in).lang(RDFLanguages.contentTypeToLang(format.mediaType().toString())).parse(loaded);
		}
		assertThat(loaded.size()).isEqualTo(publishedTriples()).isEqualTo(snapshots.current().graph().size());

		assertThat(client.bytes(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(client.bytes(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
		HttpResponse<byte[]> again = client.bytes(path);
		assertThat(again.headers().firstValue("ETag")).contains(etag);
		assertThat(again.headers().firstValue("Last-Modified")).contains(lastModified);
	}

	@Test
	void downloadsPageListsEachDumpWithItsChecksum() {
		String html = new LinkedDataClient(port).get("/downloads", "Accept", "text/html").body();
		for (RdfFormat format : Dumps.FORMATS) {
			assertThat(html).contains("href=\"/downloads/" + Dumps.fileName(format) + "\"")
				.contains("href=\"/downloads/" + Dumps.fileName(format) + ".sha256\"");
		}
		assertThat(new LinkedDataClient(port).get("/downloads/secrets.txt").statusCode()).isEqualTo(404);
		assertThat(new LinkedDataClient(port).get("/downloads/..%2F..%2Fetc%2Fpasswd").statusCode()).isIn(400, 404);
	}

	@Test
	void voidDescribesTheSameTriplesTheDumpsAndTheEndpoint() {
		HttpResponse<String> response = new LinkedDataClient(port).get("/.well-known/void", "Accept", "text/turtle");
		assertThat(response.statusCode()).isEqualTo(200);
		Model model = ModelFactory.createDefaultModel();
		RDFParser.fromString(response.body(), Lang.TURTLE).parse(model);
		var dataset = model.createResource(VoidDescription.dataset("http://localhost:8080/"));
		assertThat(dataset.getProperty(VOID.triples).getLong()).isEqualTo(publishedTriples());
		assertThat(model.listObjectsOfProperty(dataset, VOID.dataDump).toList()).hasSize(3);
		assertThat(dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI()).isEqualTo("http://localhost:8080/sparql");
		assertThat(model.listObjectsOfProperty(dataset, VOID.exampleResource).toList()).hasSize(4);
		assertThat(model.listObjectsOfProperty(dataset, VOID.classPartition).toList()).isNotEmpty();
		assertThat(model.listObjectsOfProperty(dataset, VOID.vocabulary).toList())
			.anyMatch(v -> v.asResource().getURI().equals("https://w3id.org/open-mkb/def#"));
	}

	/** The distinct triples of all source graphs, counted by the store itself. */
	private long publishedTriples() {
		var query = new ParameterizedSparqlString(
				"SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } FILTER(?g != ?system) } }");
		query.setIri("system", GraphNames.systemGraph("http://localhost:8080/"));
		return store.read(connection -> {
			try (var execution = connection.query(query.asQuery())) {
				return execution.execSelect().next().getLiteral("n").getLong();
			}
		});
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
