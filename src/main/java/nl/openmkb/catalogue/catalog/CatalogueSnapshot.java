package nl.openmkb.catalogue.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The catalogue as it was at one store generation: the union of all source graphs, held in memory and never
 * changed. Features derive their indexes from it once ({@link #derived}); those indexes live exactly as long as the
 * snapshot, so a write makes them all unreachable at once.
 */
public final class CatalogueSnapshot {

	private final long generation;

	private final String base;

	private final Graph graph;

	private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

	public CatalogueSnapshot(long generation, String base, Graph graph) {
		this.generation = generation;
		this.base = base;
		this.graph = graph;
	}

	/** The store generation this snapshot was read at. */
	public long generation() {
		return generation;
	}

	/** The deployment base, ending with a slash; resource IRIs are {@code {base}id/{type}/{slug}}. */
	public String base() {
		return base;
	}

	/** The IRI of a catalogue resource: {@code {base}id/{type}/{slug}}. */
	public String iri(String type, String slug) {
		return base + "id/" + type + "/" + slug;
	}

	/** The union graph; read-only. */
	public Graph graph() {
		return graph;
	}

	/**
	 * The value a feature derives from this snapshot, computed at most once per snapshot.
	 * @param type the class of the derived value, which also keys it
	 */
	public <T> T derived(Class<T> type, Function<CatalogueSnapshot, T> builder) {
		Object value = derived.get(type);
		if (value == null) {
			// computeIfAbsent must not recurse into the same map, and builders may ask for other derived values.
			T built = builder.apply(this);
			Object previous = derived.putIfAbsent(type, built);
			value = previous != null ? previous : built;
		}
		return type.cast(value);
	}

	/** The subjects typed with the given class, in no particular order. */
	public List<Node> subjectsOfType(Node type) {
		List<Node> subjects = new ArrayList<>();
		graph.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> subjects.add(t.getSubject()));
		return subjects;
	}

	/** Whether the subject has the given type. */
	public boolean hasType(Node subject, Node type) {
		return graph.contains(subject, RDF.type.asNode(), type);
	}

	/** The IRIs of the objects of one property, sorted. */
	public List<String> iris(Node subject, Node property) {
		List<String> iris = new ArrayList<>();
		graph.find(subject, property, Node.ANY).forEachRemaining(t -> {
			if (t.getObject().isURI()) {
				iris.add(t.getObject().getURI());
			}
		});
		iris.sort(null);
		return iris;
	}

	/** The first IRI object of a property, if any. */
	public Optional<String> iri(Node subject, Node property) {
		List<String> iris = iris(subject, property);
		return iris.isEmpty() ? Optional.empty() : Optional.of(iris.get(0));
	}

	/** The lexical form of the first literal object of a property, if any. */
	public Optional<String> string(Node subject, Node property) {
		var found = graph.find(subject, property, Node.ANY);
		try {
			while (found.hasNext()) {
				Node object = found.next().getObject();
				if (object.isLiteral()) {
					return Optional.of(object.getLiteralLexicalForm());
				}
			}
			return Optional.empty();
		}
		finally {
			found.close();
		}
	}

	/** The date value of a property ({@code xsd:date}), if any and well-formed. */
	public Optional<LocalDate> date(Node subject, Node property) {
		return string(subject, property).flatMap(text -> {
			try {
				return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
			}
			catch (DateTimeParseException ex) {
				return Optional.empty();
			}
		});
	}

	/** The language-tagged literals of a property, one per language. */
	public Texts texts(Node subject, Node property) {
		Map<String, String> byLanguage = new HashMap<>();
		graph.find(subject, property, Node.ANY).forEachRemaining(t -> {
			Node object = t.getObject();
			if (object.isLiteral()) {
				byLanguage.merge(object.getLiteralLanguage(), object.getLiteralLexicalForm(),
						(a, b) -> a.compareTo(b) <= 0 ? a : b);
			}
		});
		return Texts.of(byLanguage);
	}

	/** The display label of any resource: its {@code skos:prefLabel}, else its {@code dct:title}. */
	public Texts label(String iri) {
		Node node = NodeFactory.createURI(iri);
		Texts label = texts(node, SKOS.prefLabel.asNode());
		return label.isEmpty() ? texts(node, DCTerms.title.asNode()) : label;
	}

	/**
	 * The description of resources as RDF: every triple whose subject is one of them or one of their hash IRIs
	 * ({@code …/guide/x#stap-1}).
	 */
	public Graph describe(Collection<String> iris) {
		Graph description = GraphFactory.createDefaultGraph();
		Map<String, List<Node>> fragments = derived(HashSubjects.class, HashSubjects::of).byDocument();
		for (String iri : iris) {
			graph.find(NodeFactory.createURI(iri), Node.ANY, Node.ANY).forEachRemaining(description::add);
			for (Node child : fragments.getOrDefault(iri, List.of())) {
				graph.find(child, Node.ANY, Node.ANY).forEachRemaining(description::add);
			}
		}
		return description;
	}

	/** Subjects with a fragment ({@code …#stap-1}) by the IRI of their document, found once per snapshot. */
	private record HashSubjects(Map<String, List<Node>> byDocument) {

		static HashSubjects of(CatalogueSnapshot snapshot) {
			Map<String, List<Node>> byDocument = new HashMap<>();
			snapshot.graph.find().forEachRemaining(t -> {
				Node subject = t.getSubject();
				if (subject.isURI()) {
					String uri = subject.getURI();
					int hash = uri.indexOf('#');
					if (hash > 0) {
						List<Node> children = byDocument.computeIfAbsent(uri.substring(0, hash), k -> new ArrayList<>());
						if (!children.contains(subject)) {
							children.add(subject);
						}
					}
				}
			});
			return new HashSubjects(byDocument);
		}

	}

}
