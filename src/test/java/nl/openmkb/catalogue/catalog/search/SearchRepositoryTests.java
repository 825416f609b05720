package nl.openmkb.catalogue.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;

import org.junit.jupiter.api.Test;

/** Search over the real curated catalogue: Dutch word forms, accents, compounds and ranking. */
class SearchRepositoryTests {

	private final CatalogueSnapshot snapshot = CuratedCatalogue.snapshot();

	private final SearchRepository search = CuratedCatalogue.search();

	@Test
	void printsSome() {
		for (String q : List.of("subsidies", "subsidie", "verduurzamen", "verduurzaming", "financiën", "financien", "energie", "wbso", "KVK", "bakkerij", "eerste werknemer", "Duitsland exporteren")) {
			System.out.println(q + " -> " + ids(q).stream().limit(8).toList());
		}
	}

	List<String> ids(String q) {
		return search.search(snapshot, q, SearchFilter.none()).stream()
			.map(s -> s.document().type().identifier() + ":" + s.document().identifier())
			.toList();
	}

}
