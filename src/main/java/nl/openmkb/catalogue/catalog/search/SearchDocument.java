package nl.openmkb.catalogue.catalog.search;

import java.util.List;

import nl.openmkb.catalogue.catalog.Texts;

/**
 * One thing in the search index and what is shown of it.
 *
 * @param iri its IRI
 * @param type what it is
 * @param identifier its slug or code
 * @param title its title (or label) per language
 * @param passages the texts a snippet may be cut from, best first (description, then guide steps), per language
 * @param item the catalogue record it was made from ({@code Subsidy}, {@code Provider}, {@code Concept} …), for filters
 */
public record SearchDocument(String iri, SearchType type, String identifier, Texts title, List<Texts> passages,
		Object item) {

	public SearchDocument {
		passages = List.copyOf(passages);
	}

}
