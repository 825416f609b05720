package nl.openmkb.catalogue.linkeddata;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.Texts;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.jspecify.annotations.Nullable;

/**
 * Every resource of one snapshot that has a page, by type and by IRI, with its label; built once per snapshot.
 * A resource is any subject whose IRI is {@code {base}id/{type}/{slug}} with a known type and no fragment.
 */
final class ResourceIndex {

	/** One resource with a page. */
	record Entry(String type, String slug, String iri, Texts label) {

		String label(Language language) {
			return label.in(language, slug);
		}

		String path() {
			return "/doc/" + type + "/" + slug;
		}

	}

	private static final Node FOAF_NAME = NodeFactory.createURI("http://xmlns.com/foaf/0.1/name");

	private static final Node VCARD_FN = NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#fn");

	private final Map<String, List<Entry>> byType;

	private final Map<String, Entry> byIri;

	private ResourceIndex(Map<String, List<Entry>> byType, Map<String, Entry> byIri) {
		this.byType = byType;
		this.byIri = byIri;
	}

	static ResourceIndex of(CatalogueSnapshot snapshot) {
		String prefix = snapshot.base() + "id/";
		Map<String, Entry> byIri = new HashMap<>();
		snapshot.graph().find().forEachRemaining(triple -> {
			Node subject = triple.getSubject();
			if (!subject.isURI() || byIri.containsKey(subject.getURI())) {
				return;
			}
			String iri = subject.getURI();
			if (!iri.startsWith(prefix) || iri.indexOf('#') >= 0) {
				return;
			}
			String[] parts = iri.substring(prefix.length()).split("/", -1);
			if (parts.length != 2 || !ResourceTypes.isKnown(parts[0]) || parts[1].isEmpty()) {
				return;
			}
			byIri.put(iri, new Entry(parts[0], parts[1], iri, label(snapshot, iri)));
		});
		Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
		Map<String, List<Entry>> byType = new LinkedHashMap<>();
		for (String type : ResourceTypes.ALL) {
			byType.put(type, new ArrayList<>());
		}
		byIri.values().forEach(entry -> byType.get(entry.type()).add(entry));
		byType.values().forEach(list -> list.sort(Comparator.comparing((Entry e) -> e.label(Language.NL), collator)
			.thenComparing(Entry::slug)));
		byType.replaceAll((type, list) -> List.copyOf(list));
		return new ResourceIndex(byType, Map.copyOf(byIri));
	}

	/** The label of any resource of the snapshot: prefLabel, title, rdfs:label, foaf:name or vCard name. */
	static Texts label(CatalogueSnapshot snapshot, String iri) {
		Texts label = snapshot.label(iri);
		Node node = NodeFactory.createURI(iri);
		for (Node property : List.of(RDFS.label.asNode(), FOAF_NAME, VCARD_FN)) {
			if (!label.isEmpty()) {
				break;
			}
			label = snapshot.texts(node, property);
		}
		return label;
	}

	/** The resources of one type, sorted by their Dutch label. */
	List<Entry> ofType(String type) {
		return byType.getOrDefault(type, List.of());
	}

	@Nullable Entry get(String iri) {
		return byIri.get(iri);
	}

	/** How many resources each type has, in the order of {@link ResourceTypes#ALL}. */
	Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		byType.forEach((type, list) -> counts.put(type, list.size()));
		return counts;
	}

}
