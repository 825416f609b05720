package nl.openmkb.catalogue.ingest;

import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.support.FusekiTestServer;
import nl.openmkb.catalogue.support.TestStores;

import org.junit.jupiter.api.AfterEach;

/** Imports into a real Fuseki server on a random port. */
class RemoteSourceImporterTests extends SourceImporterContract {

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

}
