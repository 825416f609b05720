package nl.openmkb.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import nl.openmkb.catalogue.ingest.CuratedSources;
import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.SourceGraph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application starts on the embedded store, loads every curated source and reports healthy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationIntegrationTests {

	@TempDir
	static Path data;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("catalogue.store.embedded.directory", () -> data.resolve("tdb2").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	CatalogueStore store;

	@Autowired
	CuratedSources curated;

	@Test
	void reportsHealthy() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void loadsEveryCuratedSourceIntoItsOwnGraph() {
		assertThat(store.kind()).isEqualTo("embedded");
		assertThat(store.generation()).isPositive();
		assertThat(store.sources().values()).extracting(SourceGraph::origin)
			.containsExactlyInAnyOrderElementsOf(curated.list().stream().map(s -> s.origin()).toList());
		assertThat(store.sources().values()).allSatisfy(source -> assertThat(source.triples()).isPositive());
	}

}
