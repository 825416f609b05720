package nl.openmkb.catalogue.ingest;

import java.nio.file.Path;

import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.EmbeddedStore;
import nl.openmkb.catalogue.store.GraphNames;
import nl.openmkb.catalogue.support.TestStores;

import org.junit.jupiter.api.io.TempDir;

/** Imports into a real TDB2 database. */
class EmbeddedSourceImporterTests extends SourceImporterContract {

	@TempDir
	Path directory;

	@Override
	CatalogueStore createStore() {
		return new EmbeddedStore(directory.resolve("tdb2"), GraphNames.systemGraph(TestStores.BASE));
	}

}
