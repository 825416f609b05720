package nl.openmkb.catalogue.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/**
 * The RDF store behind the catalogue: named graphs, one per source, and a generation that changes on every write.
 * Reads see one consistent state; a change replaces its graphs atomically or not at all.
 */
public interface CatalogueStore extends AutoCloseable {

	/** The current generation; it changes with every successful {@link #apply(StoreChange) write}. */
	long generation();

	/** Runs read-only work against the store; on the embedded store inside one read transaction. */
	<T> T read(Function<RDFConnection, T> work);

	/**
	 * Runs a read-only query against the published data: the source graphs, never the store's system graph. With no
	 * graphs named, the default graph is the union of the source graphs and every source graph is a named graph;
	 * otherwise the default graph is the merge of {@code defaultGraphs} and the named graphs are {@code namedGraphs}
	 * (the system graph reads as empty). A FROM or FROM NAMED in the query itself is ignored: the caller decides the
	 * dataset. {@code work} gets a builder holding the query and the dataset, adds what it needs (a timeout, context),
	 * builds and consumes the execution; on the embedded store all of it runs inside one read transaction.
	 */
	<T> T query(Query query, List<String> defaultGraphs, List<String> namedGraphs, Function<QueryExecBuilder, T> work);

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

	/**
	 * The member versions recorded after sequence {@code after}, oldest first, at most {@code limit}. Every
	 * {@link #apply(StoreChange) write} records, in the same transaction, one version per resource it created, changed
	 * or deleted; versions are kept in the system graph and never published as data.
	 * @param descriptions whether to read each version's description too (otherwise it is empty)
	 */
	List<MemberVersion> versions(long after, int limit, boolean descriptions);

	/** The sequence of the newest member version, 0 when there is none. */
	long lastSequence();

	/**
	 * Writes non-public records (harvest runs, link checks, feedback) into the system graph in one request: every
	 * triple about {@code removedSubjects} is dropped, then {@code additions} are added. The published data and the
	 * generation do not change; read the records back with {@link #read} ({@code GRAPH <system graph>}).
	 */
	default void writeRecords(Model additions, java.util.Collection<String> removedSubjects) {
		throw new UnsupportedOperationException(kind() + " store does not keep records");
	}

	/** The IRI of the system graph, which holds the store's bookkeeping and the non-public records. */
	default String systemGraph() {
		throw new UnsupportedOperationException(kind() + " store does not name its system graph");
	}

	/** A short name of the kind of store, for health and logs. */
	String kind();

	@Override
	void close();

}
