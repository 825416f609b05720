package nl.openmkb.catalogue.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.openmkb.catalogue.store.EmbeddedStore;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The SPARQL endpoint on the embedded TDB2 store. */
class EmbeddedSparqlEndpointIntegrationTests extends SparqlLimitsContract {

	@TempDir
	static Path data;

	@DynamicPropertySource
	static void embeddedStore(DynamicPropertyRegistry registry) {
		registry.add("catalogue.store.type", () -> "embedded");
		registry.add("catalogue.store.embedded.directory", () -> data.resolve("tdb2").toString());
	}

	@Override
	void assertNothingLeftBehind() throws Exception {
		var coordinator = TDBInternal.getTransactionCoordinator(((EmbeddedStore) store).dataset().asDatasetGraph());
		// The timed-out queries' transactions have ended; give the alarm thread a moment for the last abort.
		for (int i = 0; i < 50 && coordinator.countActive() > 0; i++) {
			Thread.sleep(20);
		}
		assertThat(coordinator.countActive()).isZero();
	}

}
