package nl.openmkb.catalogue.store;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.graph.GraphZero;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A read-only view of a store's dataset as the public sees it: every named graph except the system graph, whose
 * default graph is the union of those graphs. Everything goes through the graph API of this view, so property paths,
 * DESCRIBE and FROM see no more than a basic graph pattern does.
 */
final class PublicDatasetView extends DatasetGraphFilteredView {

	private final DatasetGraph base;

	private final Node systemGraph;

	private PublicDatasetView(DatasetGraph base, Node systemGraph, Collection<Node> visibleGraphs) {
		super(base, quad -> !systemGraph.equals(quad.getGraph()), visibleGraphs);
		this.base = base;
		this.systemGraph = systemGraph;
	}

	/**
	 * The view of {@code base} with the given named graphs; call inside a read transaction, and use it only there.
	 * Listing the graphs of a TDB2 database scans all its quads, so the caller keeps the list per generation.
	 */
	static PublicDatasetView of(DatasetGraph base, String systemGraph, List<Node> graphs) {
		return new PublicDatasetView(base, NodeFactory.createURI(systemGraph), graphs);
	}

	/** The named graphs of {@code base} except the system graph; call inside a read transaction. */
	static List<Node> visibleGraphs(DatasetGraph base, String systemGraph) {
		Node system = NodeFactory.createURI(systemGraph);
		return List.copyOf(Iter.toList(Iter.filter(base.listGraphNodes(), g -> !system.equals(g))));
	}

	/**
	 * The dataset a query sees: this view when no graphs are named, otherwise the default graph as the merge of
	 * {@code defaultGraphs} and the named graphs {@code namedGraphs} (the system graph reads as empty).
	 */
	DatasetGraph select(List<String> defaultGraphs, List<String> namedGraphs) {
		if (defaultGraphs.isEmpty() && namedGraphs.isEmpty()) {
			return this;
		}
		return DynamicDatasets.dynamicDataset(nodes(defaultGraphs), nodes(namedGraphs), this, false);
	}

	private static List<Node> nodes(List<String> iris) {
		return iris.stream().map(NodeFactory::createURI).toList();
	}

	@Override
	public Graph getDefaultGraph() {
		return new GraphReadOnly(new UnionOfVisibleGraphs());
	}

	@Override
	public Graph getUnionGraph() {
		return getDefaultGraph();
	}

	@Override
	public Graph getGraph(Node graphNode) {
		if (systemGraph.equals(graphNode)) {
			return GraphZero.instance();
		}
		return super.getGraph(graphNode);
	}

	@Override
	public boolean containsGraph(Node graphNode) {
		return !systemGraph.equals(graphNode) && super.containsGraph(graphNode);
	}

	/** The union of the visible named graphs, each triple once. */
	private final class UnionOfVisibleGraphs extends GraphBase {

		@Override
		protected ExtendedIterator<Triple> graphBaseFind(Triple match) {
			Iterator<Quad> quads = base.findNG(Node.ANY, match.getSubject(), match.getPredicate(), match.getObject());
			Iterator<Triple> triples = Iter.map(Iter.filter(quads, q -> !systemGraph.equals(q.getGraph())), Quad::asTriple);
			return WrappedIterator.createNoRemove(Iter.distinct(triples));
		}

	}

}
