package nl.openmkb.catalogue.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.openmkb.catalogue.support.TestStores;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a real TDB2 database in a temporary directory. */
class EmbeddedStoreTests extends CatalogueStoreContract {

	@TempDir
	Path directory;

	@Override
	CatalogueStore createStore() {
		return new EmbeddedStore(directory.resolve("tdb2"), GraphNames.systemGraph(TestStores.BASE));
	}

	@Test
	void keepsDataAndGenerationAcrossReopening() {
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/1> <urn:p> 1 ."))));
		long generation = store.generation();
		store.close();

		store = createStore();

		assertThat(store.generation()).isEqualTo(generation);
		assertThat(store.graph(A).size()).isEqualTo(1);
		assertThat(store.sources()).containsOnlyKeys(A);
	}

}
