package nl.openmkb.catalogue.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.store.GraphNames;
import nl.openmkb.catalogue.store.RemoteStore;
import nl.openmkb.catalogue.store.SourceGraph;
import nl.openmkb.catalogue.store.StoreChange;
import nl.openmkb.catalogue.support.FusekiTestServer;
import nl.openmkb.catalogue.support.TestStores;
import nl.openmkb.catalogue.system.CatalogueProperties;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search index is kept by the service, not the store: over a remote SPARQL store (a real Fuseki) it finds what
 * the store holds, and after a write it finds the new text at once, because the index belongs to the snapshot of a
 * store generation.
 */
class SearchOnRemoteStoreTests {

	static FusekiTestServer fuseki;

	static RemoteStore store;

	@BeforeAll
	static void start() {
		fuseki = FusekiTestServer.start();
		store = TestStores.remote(fuseki);
	}

	@AfterAll
	static void stop() {
		store.close();
		fuseki.close();
	}

	@Test
	void findsWhatTheRemoteStoreHoldsAndNeverAStaleIndex() {
		var snapshots = new CatalogueSnapshots(store, new CatalogueProperties(URI.create(TestStores.BASE)));
		var search = CuratedCatalogue.search();
		write(scheme("Subsidie voor zonnepanelen op bedrijfsdaken"));

		assertThat(ids(search, snapshots, "zonnepanelen")).containsExactly("subsidy:zon");
		assertThat(ids(search, snapshots, "warmtepomp")).isEmpty();

		write(scheme("Subsidie voor warmtepompen in bedrijfspanden"));

		assertThat(ids(search, snapshots, "warmtepomp")).containsExactly("subsidy:zon");
		assertThat(ids(search, snapshots, "zonnepanelen")).isEmpty();
	}

	private static List<String> ids(SearchRepository search, CatalogueSnapshots snapshots, String q) {
		return search.search(snapshots.current(), q, SearchFilter.none()).stream()
			.map(s -> s.document().type().identifier() + ":" + s.document().identifier())
			.toList();
	}

	private static String scheme(String title) {
		return """
				@prefix cpsv: <http://purl.org/vocab/cpsv#> .
				@prefix dct: <http://purl.org/dc/terms/> .
				<id/subsidy/zon> a cpsv:PublicService ; dct:identifier "zon" ; dct:title "%s"@nl .
				""".formatted(title);
	}

	private static void write(String turtle) {
		Model model = ModelFactory.createDefaultModel();
		RDFParser.fromString(turtle, Lang.TURTLE).base(TestStores.BASE).parse(model);
		String graph = GraphNames.sourceGraph(TestStores.BASE, "test/search");
		store.apply(StoreChange.replacing(new StoreChange.Replacement(
				new SourceGraph(graph, "test:search", Long.toString(System.nanoTime()), model.size(), Instant.now()), model)));
	}

}
