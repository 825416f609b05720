package nl.openmkb.catalogue.store;

import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Quad;

/**
 * The published data of the embedded store as of one generation, copied into an in-memory transactional dataset:
 * every named graph except the system graph, and a default graph holding the union of those graphs. The system graph
 * is never copied, so no query form (GRAPH, FROM, property paths, DESCRIBE, the internal name of the default graph)
 * can reach it. Queries run in read transactions of the copy, which never changes after it is made; the copy itself
 * was read in one read transaction of the database, so a query sees one consistent state, as before.
 * <p>
 * Queries on it run through Jena's general engine over in-memory graphs, which for this catalogue's size is faster
 * than TDB2's node-id engine; the price is memory (the data twice, as named graphs and as their union) and the time
 * of one copy per generation, paid by the first query after a write.
 */
final class PublicSnapshot {

	private final long generation;

	private final DatasetGraph data;

	private PublicSnapshot(long generation, DatasetGraph data) {
		this.generation = generation;
		this.data = data;
	}

	/** Copies the published data of {@code base}; call inside a read transaction that saw {@code generation}. */
	static PublicSnapshot copy(DatasetGraph base, String systemGraph, long generation) {
		Node system = NodeFactory.createURI(systemGraph);
		DatasetGraph copy = DatasetGraphFactory.createTxnMem();
		copy.executeWrite(() -> {
			Graph union = copy.getDefaultGraph();
			Iterator<Quad> quads = base.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
			while (quads.hasNext()) {
				Quad quad = quads.next();
				if (!system.equals(quad.getGraph())) {
					copy.add(quad);
					union.add(quad.asTriple());
				}
			}
		});
		return new PublicSnapshot(generation, copy);
	}

	/** An empty snapshot that no generation matches, to start with. */
	static PublicSnapshot none() {
		return new PublicSnapshot(-1, DatasetGraphFactory.createTxnMem());
	}

	long generation() {
		return generation;
	}

	/** The copy, for running a read transaction on. */
	DatasetGraph data() {
		return data;
	}

	/**
	 * The dataset a query sees, read-only: the copy when no graphs are named, otherwise the default graph as the merge
	 * of {@code defaultGraphs} and the named graphs {@code namedGraphs} (graphs not in the copy, such as the system
	 * graph, read as empty). Use it inside a read transaction of {@link #data()}.
	 */
	DatasetGraph select(List<String> defaultGraphs, List<String> namedGraphs) {
		DatasetGraph readOnly = new DatasetGraphReadOnly(data);
		if (defaultGraphs.isEmpty() && namedGraphs.isEmpty()) {
			return readOnly;
		}
		return DynamicDatasets.dynamicDataset(nodes(defaultGraphs), nodes(namedGraphs), readOnly, false);
	}

	private static List<Node> nodes(List<String> iris) {
		return iris.stream().map(NodeFactory::createURI).toList();
	}

}
