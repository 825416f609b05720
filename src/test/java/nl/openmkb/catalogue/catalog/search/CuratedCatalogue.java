package nl.openmkb.catalogue.catalog.search;

import java.io.ByteArrayInputStream;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.guide.GuideRepository;
import nl.openmkb.catalogue.catalog.provider.ProviderRepository;
import nl.openmkb.catalogue.catalog.regulation.RegulationRepository;
import nl.openmkb.catalogue.catalog.subsidy.SubsidyRepository;
import nl.openmkb.catalogue.ingest.CuratedSources;
import nl.openmkb.catalogue.ingest.SourceFile;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/** The real curated catalogue (everything in vocab/ and datasets/) as a snapshot, read once per test JVM. */
public final class CuratedCatalogue {

	/** The base the datasets resolve against in these tests. */
	public static final String BASE = "http://localhost:8080/";

	private static volatile CatalogueSnapshot snapshot;

	private CuratedCatalogue() {
	}

	/** The snapshot of the curated catalogue. */
	public static CatalogueSnapshot snapshot() {
		CatalogueSnapshot current = snapshot;
		if (current == null) {
			synchronized (CuratedCatalogue.class) {
				if (snapshot == null) {
					Graph graph = GraphFactory.createDefaultGraph();
					for (SourceFile source : new CuratedSources("classpath:catalogue/").list()) {
						RDFParser.source(new ByteArrayInputStream(source.content()))
							.lang(source.lang())
							.base(BASE)
							.errorHandler(ErrorHandlerFactory.errorHandlerStrict)
							.parse(graph);
					}
					snapshot = new CatalogueSnapshot(1, BASE, graph);
				}
				current = snapshot;
			}
		}
		return current;
	}

	/** A search repository over the real repositories. */
	public static SearchRepository search() {
		return new SearchRepository(new SubsidyRepository(), new RegulationRepository(), new GuideRepository(),
				new ProviderRepository());
	}

}
