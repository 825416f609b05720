package nl.openmkb.catalogue.store;

import java.util.Map;
import java.util.function.Function;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;

/**
 * The RDF store behind the catalogue: named graphs, one per source, and a generation that changes on every write.
 * Reads see one consistent state; a change replaces its graphs atomically or not at all.
 */
public interface CatalogueStore extends AutoCloseable {

	/** The current generation; it changes with every successful {@link #apply(StoreChange) write}. */
	long generation();

	/** Runs read-only work against the store; on the embedded store inside one read transaction. */
	<T> T read(Function<RDFConnection, T> work);

	/** The source graphs in the store with their bookkeeping, keyed by graph IRI. */
	Map<String, SourceGraph> sources();

	/** The content of one source graph (empty when there is none). */
	Model graph(String graphIri);

	/** The union of all source graphs except the ones named, for validating a change in its context. */
	Model unionExcept(java.util.Set<String> graphIris);

	/**
	 * Replaces and removes whole source graphs in one transaction and moves the generation on. Either every part of
	 * the change is applied or none is.
	 * @return the new generation
	 */
	long apply(StoreChange change);

	/** A short name of the kind of store, for health and logs. */
	String kind();

	@Override
	void close();

}
