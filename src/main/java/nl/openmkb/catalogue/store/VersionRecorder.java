package nl.openmkb.catalogue.store;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Works out which resources a {@link StoreChange} creates, changes or deletes, by comparing each touched resource's
 * description before and after the change. A resource is an IRI under {@code {base}id/}; its description is every
 * triple (in any source graph) whose subject is the resource or one of its {@code #fragment} parts (such as a guide's
 * steps), with the blank nodes they lead to. Writes that leave a description as it was record nothing, so
 * re-importing an unchanged source adds no versions.
 */
final class VersionRecorder {

	private final String idPrefix;

	private final Node systemGraph;

	VersionRecorder(String idPrefix, String systemGraph) {
		this.idPrefix = idPrefix;
		this.systemGraph = NodeFactory.createURI(systemGraph);
	}

	/**
	 * The versions {@code change} makes, numbered after {@code last}.
	 * @param before the store as it is before the change (its source graphs; the system graph is ignored)
	 */
	List<MemberVersion> versions(DatasetGraph before, StoreChange change, LastVersion last, long generation,
			Instant now) {
		Set<Node> changed = new HashSet<>();
		Map<Node, Graph> replaced = new LinkedHashMap<>();
		change.replacements().forEach(r -> {
			Node graph = NodeFactory.createURI(r.source().graphIri());
			changed.add(graph);
			replaced.put(graph, r.content().getGraph());
		});
		change.removals().forEach(iri -> changed.add(NodeFactory.createURI(iri)));

		// The resources the change can touch, each with the subjects that make up its description.
		Map<String, Set<Node>> touched = new TreeMap<>();
		for (Node graph : changed) {
			collectSubjects(before.getGraph(graph), touched);
		}
		replaced.values().forEach(graph -> collectSubjects(graph, touched));
		if (touched.isEmpty()) {
			return List.of();
		}

		List<Graph> beforeGraphs = new ArrayList<>();
		List<Graph> afterGraphs = new ArrayList<>(replaced.values());
		Iterator<Node> names = before.listGraphNodes();
		while (names.hasNext()) {
			Node name = names.next();
			if (name.equals(systemGraph)) {
				continue;
			}
			beforeGraphs.add(before.getGraph(name));
			if (!changed.contains(name)) {
				afterGraphs.add(before.getGraph(name));
			}
		}

		// Each write gets a later time than the one before (even if the clock went back), so that clients ordering
		// versions of one resource by time never see two versions with the same time.
		Instant time = now.truncatedTo(ChronoUnit.MILLIS);
		if (last.time() != null && !time.isAfter(last.time())) {
			time = last.time().plusMillis(1);
		}
		List<MemberVersion> versions = new ArrayList<>();
		long sequence = last.sequence();
		for (Map.Entry<String, Set<Node>> resource : touched.entrySet()) {
			Graph old = describe(beforeGraphs, resource.getValue());
			Graph after = describe(afterGraphs, resource.getValue());
			MemberVersion.Kind kind;
			if (old.isEmpty() && after.isEmpty()) {
				continue;
			}
			else if (old.isEmpty()) {
				kind = MemberVersion.Kind.CREATED;
			}
			else if (after.isEmpty()) {
				kind = MemberVersion.Kind.DELETED;
			}
			else if (old.isIsomorphicWith(after)) {
				continue;
			}
			else {
				kind = MemberVersion.Kind.UPDATED;
			}
			versions.add(new MemberVersion(++sequence, resource.getKey(), kind, time, generation,
					kind == MemberVersion.Kind.DELETED ? "" : nTriples(after)));
		}
		return versions;
	}

	private void collectSubjects(Graph graph, Map<String, Set<Node>> touched) {
		graph.find().forEachRemaining(triple -> {
			Node subject = triple.getSubject();
			if (subject.isURI() && subject.getURI().startsWith(idPrefix)) {
				String uri = subject.getURI();
				int hash = uri.indexOf('#');
				String resource = hash < 0 ? uri : uri.substring(0, hash);
				touched.computeIfAbsent(resource, r -> new HashSet<>(Set.of(NodeFactory.createURI(r)))).add(subject);
			}
		});
	}

	private static Graph describe(List<Graph> graphs, Set<Node> subjects) {
		Graph description = GraphFactory.createGraphMem();
		for (Graph graph : graphs) {
			for (Node subject : subjects) {
				closure(graph, subject, description, new HashSet<>());
			}
		}
		return description;
	}

	private static void closure(Graph graph, Node subject, Graph into, Set<Node> seen) {
		if (!seen.add(subject)) {
			return;
		}
		graph.find(subject, Node.ANY, Node.ANY).forEachRemaining(triple -> {
			into.add(triple);
			if (triple.getObject().isBlank()) {
				closure(graph, triple.getObject(), into, seen);
			}
		});
	}

	/** The description as N-Triples, one triple a line, sorted (blank node labels are arbitrary). */
	static String nTriples(Graph graph) {
		StringWriter out = new StringWriter();
		RDFDataMgr.write(out, graph, Lang.NTRIPLES);
		TreeSet<String> lines = new TreeSet<>(out.toString().lines().filter(l -> !l.isBlank()).toList());
		return String.join("\n", lines) + "\n";
	}

	/** The newest recorded version's sequence and time (0 and null when there is none). */
	record LastVersion(long sequence, Instant time) {
	}

}
