package nl.openmkb.catalogue.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every example query on the query page answers with data from the curated catalogue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SparqlExamplesIntegrationTests {

	@TempDir
	static Path data;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("catalogue.store.embedded.directory", () -> data.resolve("tdb2").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	QueryPage page;

	@TestFactory
	List<DynamicTest> everyExampleAnswersWithData() {
		assertThat(page.examples()).hasSizeGreaterThanOrEqualTo(3);
		return page.examples().stream().map(example -> DynamicTest.dynamicTest(example.title(), () -> {
			var query = QueryFactory.create(example.query(), "http://localhost:8080/");
			try (QueryExecution exec = QueryExecutionHTTP.service("http://localhost:" + port + "/sparql").query(example.query()).build()) {
				if (query.isSelectType()) {
					assertThat(exec.execSelect().hasNext()).isTrue();
				}
				else {
					assertThat(exec.execConstruct().size()).isPositive();
				}
			}
		})).toList();
	}

	@Test
	void providersServingAMunicipalityAreOnlyLocalRegionalOrNational() {
		String query = page.examples().stream()
			.filter(example -> example.query().contains("gm0363"))
			.findFirst()
			.orElseThrow()
			.query();
		List<String> providers = new ArrayList<>();
		try (QueryExecution exec = QueryExecutionHTTP.service("http://localhost:" + port + "/sparql").query(query).build()) {
			exec.execSelect().forEachRemaining(row -> providers.add(row.getResource("provider").getURI()));
		}

		assertThat(providers).contains("http://localhost:8080/id/provider/gemeente-amsterdam",
				"http://localhost:8080/id/provider/provincie-noord-holland", "http://localhost:8080/id/provider/kvk");
		assertThat(providers).noneMatch(provider -> provider.endsWith("/gemeente-utrecht") || provider.endsWith("/provincie-drenthe"));
	}

}
