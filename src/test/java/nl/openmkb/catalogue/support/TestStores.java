package nl.openmkb.catalogue.support;

import java.time.Duration;

import nl.openmkb.catalogue.store.GraphNames;
import nl.openmkb.catalogue.store.RemoteStore;
import nl.openmkb.catalogue.store.StoreProperties;

/** Builds stores for tests. */
public final class TestStores {

	/** Base IRI the tests resolve data against. */
	public static final String BASE = "http://test.example/";

	private TestStores() {
	}

	/** A remote store on the given Fuseki server, re-reading the generation on every call. */
	public static RemoteStore remote(FusekiTestServer fuseki) {
		var settings = new StoreProperties.Remote(fuseki.endpoint(), "query", "update", "data", null, null,
				Duration.ofSeconds(5), Duration.ZERO);
		return new RemoteStore(settings, GraphNames.systemGraph(BASE));
	}

}
