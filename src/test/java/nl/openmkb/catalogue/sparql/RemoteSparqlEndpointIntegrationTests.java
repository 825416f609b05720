package nl.openmkb.catalogue.sparql;

import java.time.Duration;

import nl.openmkb.catalogue.support.FusekiTestServer;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same SPARQL endpoint tests with {@code catalogue.store.type=remote} on a real Fuseki server. */
class RemoteSparqlEndpointIntegrationTests extends SparqlLimitsContract {

	/** Fuseki stops the test's endless queries itself soon after our endpoint has answered 503. */
	static final FusekiTestServer fuseki = FusekiTestServer.start(Duration.ofSeconds(3));

	@DynamicPropertySource
	static void remoteStore(DynamicPropertyRegistry registry) {
		registry.add("catalogue.store.type", () -> "remote");
		registry.add("catalogue.store.remote.endpoint", () -> fuseki.endpoint().toString());
		registry.add("catalogue.store.remote.generation-check-interval", () -> "0s");
	}

	@AfterAll
	static void stopFuseki() {
		fuseki.close();
	}

}
