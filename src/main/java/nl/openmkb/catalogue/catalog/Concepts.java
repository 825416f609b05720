package nl.openmkb.catalogue.catalog;

import java.text.Collator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

/**
 * Every SKOS concept in a snapshot, indexed by IRI, by scheme and by identifier, with the {@code skos:broader}
 * hierarchy in both directions. Built once per snapshot.
 */
public final class Concepts {

	/** Orders concepts by notation when all have one (SBI codes), else by Dutch label. */
	private static final Collator DUTCH = collator();

	private final Map<String, Concept> byIri;

	private final Map<String, List<Concept>> byScheme;

	private final Map<String, Map<String, Concept>> byIdentifier;

	private final Map<String, List<String>> narrower;

	private Concepts(Map<String, Concept> byIri) {
		this.byIri = byIri;
		this.byScheme = new HashMap<>();
		this.byIdentifier = new HashMap<>();
		this.narrower = new HashMap<>();
		for (Concept concept : byIri.values()) {
			byScheme.computeIfAbsent(concept.scheme(), s -> new ArrayList<>()).add(concept);
			Map<String, Concept> inScheme = byIdentifier.computeIfAbsent(concept.scheme(), s -> new HashMap<>());
			inScheme.put(concept.identifier(), concept);
			if (concept.notation() != null) {
				inScheme.putIfAbsent(concept.notation().toLowerCase(Locale.ROOT), concept);
			}
			for (String broader : concept.broader()) {
				narrower.computeIfAbsent(broader, b -> new ArrayList<>()).add(concept.iri());
			}
		}
		byScheme.values().forEach(list -> list.sort(order()));
		narrower.values().forEach(list -> list.sort(Comparator.comparing(iri -> byIri.get(iri), order())));
	}

	/** The concepts of a snapshot (cached on it). */
	public static Concepts of(CatalogueSnapshot snapshot) {
		return snapshot.derived(Concepts.class, Concepts::build);
	}

	private static Concepts build(CatalogueSnapshot snapshot) {
		Map<String, Concept> byIri = new HashMap<>();
		for (Node node : snapshot.subjectsOfType(SKOS.Concept.asNode())) {
			if (!node.isURI()) {
				continue;
			}
			String notation = snapshot.string(node, SKOS.notation.asNode()).orElse(null);
			String identifier = snapshot.string(node, DCTerms.identifier.asNode())
				.orElse(notation != null ? notation : lastSegment(node.getURI()))
				.toLowerCase(Locale.ROOT);
			String scheme = snapshot.iri(node, SKOS.inScheme.asNode()).orElse("");
			byIri.put(node.getURI(), new Concept(node.getURI(), identifier, notation,
					snapshot.texts(node, SKOS.prefLabel.asNode()), snapshot.texts(node, SKOS.definition.asNode()),
					snapshot.iris(node, SKOS.broader.asNode()), scheme));
		}
		return new Concepts(byIri);
	}

	/** The concept with this IRI. */
	public Optional<Concept> get(String iri) {
		return Optional.ofNullable(byIri.get(iri));
	}

	/** The concepts of one scheme, in their list order (notation for codes, else Dutch label). */
	public List<Concept> inScheme(String schemeIri) {
		return byScheme.getOrDefault(schemeIri, List.of());
	}

	/** The concept of a scheme with this identifier or notation, case-insensitively. */
	public Optional<Concept> find(String schemeIri, String identifierOrNotation) {
		Map<String, Concept> inScheme = byIdentifier.getOrDefault(schemeIri, Map.of());
		return Optional.ofNullable(inScheme.get(identifierOrNotation.strip().toLowerCase(Locale.ROOT)));
	}

	/** The IRIs of the concepts directly narrower than this one. */
	public List<String> narrower(String iri) {
		return narrower.getOrDefault(iri, List.of());
	}

	/** The concept itself and everything above it, following {@code skos:broader} transitively. */
	public Set<String> selfAndAncestors(String iri) {
		return closure(iri, c -> get(c).map(Concept::broader).orElse(List.of()));
	}

	/** The concept itself and everything below it, following {@code skos:narrower} transitively. */
	public Set<String> selfAndDescendants(String iri) {
		return closure(iri, this::narrower);
	}

	private static Set<String> closure(String start, java.util.function.Function<String, List<String>> next) {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> todo = new ArrayDeque<>(List.of(start));
		while (!todo.isEmpty()) {
			String current = todo.pop();
			if (seen.add(current)) {
				todo.addAll(next.apply(current));
			}
		}
		return seen;
	}

	private static Comparator<Concept> order() {
		return Comparator.comparing(Concepts::sortKey, dutchOrder()).thenComparing(Concept::iri);
	}

	private static String sortKey(Concept concept) {
		return concept.notation() != null && concept.scheme().endsWith("/sbi-2025") ? concept.notation()
				: concept.label().in(Language.NL, concept.identifier());
	}

	/** Compares Dutch texts ignoring case and accents, the way people expect a list to be sorted. */
	public static Comparator<String> dutchOrder() {
		return (a, b) -> DUTCH.compare(a, b);
	}

	private static Collator collator() {
		Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
		collator.setStrength(Collator.SECONDARY);
		return collator;
	}

	private static String lastSegment(String iri) {
		return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
	}

}
