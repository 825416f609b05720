package nl.openmkb.catalogue.catalog.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.Concepts;
import nl.openmkb.catalogue.catalog.TextQuery;

import org.springframework.stereotype.Component;

/** Reads the reference lists from a snapshot: the concepts of a list, filtered, in list order. */
@Component
public class ConceptRepository {

	/** The concepts of a list that pass the filter, in list order (codes by code, others by Dutch label). */
	public List<Concept> list(CatalogueSnapshot snapshot, ReferenceList list, ConceptFilter filter) {
		Concepts concepts = Concepts.of(snapshot);
		Map<String, String> searchText = snapshot.derived(SearchText.class, SearchText::of).byIri();
		return concepts.inScheme(list.scheme().iri(snapshot))
			.stream()
			.filter(c -> filter.broader() == null || c.broader().contains(filter.broader()))
			.filter(c -> filter.level() == null || c.type().equals(filter.level()))
			.filter(c -> filter.text().isEmpty() || filter.text().matches(searchText.getOrDefault(c.iri(), "")))
			.toList();
	}

	/** The concept of a list with this identifier or code (case-insensitive). */
	public Optional<Concept> find(CatalogueSnapshot snapshot, ReferenceList list, String id) {
		return Concepts.of(snapshot).find(list.scheme().iri(snapshot), id);
	}

	/** The normalised label, identifier and code of every concept, prepared once per snapshot. */
	private record SearchText(Map<String, String> byIri) {

		static SearchText of(CatalogueSnapshot snapshot) {
			Map<String, String> byIri = new HashMap<>();
			for (ReferenceList list : ReferenceList.values()) {
				for (Concept concept : Concepts.of(snapshot).inScheme(list.scheme().iri(snapshot))) {
					byIri.put(concept.iri(), TextQuery.searchText(concept.label())
							+ TextQuery.searchText(concept.identifier(), concept.notation() == null ? "" : concept.notation()));
				}
			}
			return new SearchText(byIri);
		}

	}

}
