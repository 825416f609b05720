package nl.openmkb.catalogue.catalog;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.GraphNames;
import nl.openmkb.catalogue.system.CatalogueProperties;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands out the snapshot of the current store generation. The union of the source graphs is read with one query the
 * first time a generation is asked for and kept until a newer generation has replaced it; concurrent requests for a
 * new generation wait for the one read.
 */
@Component
public class CatalogueSnapshots {

	private static final Logger log = LoggerFactory.getLogger(CatalogueSnapshots.class);

	private final CatalogueStore store;

	private final String base;

	private final Query union;

	private final LoadingCache<Long, CatalogueSnapshot> snapshots;

	public CatalogueSnapshots(CatalogueStore store, CatalogueProperties properties) {
		this.store = store;
		this.base = properties.base();
		// The system graph's IRI goes in as a node, never as text spliced into the query.
		var query = new ParameterizedSparqlString("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != ?system) }");
		query.setIri("system", GraphNames.systemGraph(base));
		this.union = query.asQuery();
		this.snapshots = Caffeine.newBuilder().maximumSize(2).build(this::load);
	}

	/** The snapshot of the store's current generation. */
	public CatalogueSnapshot current() {
		return snapshots.get(store.generation());
	}

	/** The current store generation, without reading any data. */
	public long generation() {
		return store.generation();
	}

	private CatalogueSnapshot load(long generation) {
		long started = System.nanoTime();
		Graph graph = store.read(connection -> connection.queryConstruct(union).getGraph());
		log.info("Read catalogue snapshot of generation {}: {} triples in {} ms", generation, graph.size(),
				(System.nanoTime() - started) / 1_000_000);
		return new CatalogueSnapshot(generation, base, graph);
	}

	/** Reads the snapshot before the first request needs it. */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		current();
	}

}
