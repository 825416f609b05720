package nl.openmkb.catalogue.store;

import static org.assertj.core.api.Assertions.assertThat;

import nl.openmkb.catalogue.support.FusekiTestServer;
import nl.openmkb.catalogue.support.TestStores;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store contract on a real Fuseki server started on a random port. */
class RemoteStoreTests extends CatalogueStoreContract {

	FusekiTestServer fuseki;

	@Override
	CatalogueStore createStore() {
		fuseki = FusekiTestServer.start();
		return TestStores.remote(fuseki);
	}

	@AfterEach
	void stopFuseki() {
		fuseki.close();
	}

	@Test
	void sharesTheGenerationBetweenNodes() {
		try (CatalogueStore otherNode = TestStores.remote(fuseki)) {
			store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/1> <urn:p> 1 ."))));

			assertThat(otherNode.generation()).isEqualTo(store.generation()).isPositive();
			assertThat(otherNode.graph(A).size()).isEqualTo(1);
		}
	}

}
