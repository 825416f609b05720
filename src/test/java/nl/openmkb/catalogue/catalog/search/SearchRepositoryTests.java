package nl.openmkb.catalogue.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.EntryFilter;
import nl.openmkb.catalogue.catalog.Language;

import org.junit.jupiter.api.Test;

/** Search over the real curated catalogue: Dutch word forms, accents, compounds, ranking, filters and snippets. */
class SearchRepositoryTests {

	private final CatalogueSnapshot snapshot = CuratedCatalogue.snapshot();

	private final SearchRepository search = CuratedCatalogue.search();

	@Test
	void pluralAndSingularFindTheSame() {
		assertThat(ids("subsidies")).isNotEmpty().isEqualTo(ids("subsidie"));
		assertThat(ids("regelingen")).isNotEmpty().isEqualTo(ids("regeling"));
		assertThat(ids("werknemers")).isNotEmpty().isEqualTo(ids("werknemer"));
	}

	@Test
	void verbAndNounOfOneStemFindTheSame() {
		assertThat(ids("verduurzamen")).isEqualTo(ids("verduurzaming"))
			.contains("guide:pand-verduurzamen", "theme:verduurzaming", "event:verduurzamen");
	}

	@Test
	void accentsAndCaseDoNotMatter() {
		assertThat(ids("beëindigen")).isEqualTo(ids("BEEINDIGEN")).contains("guide:bedrijf-overdragen-of-beeindigen");
		assertThat(ids("financiële problemen")).isEqualTo(ids("financiele problemen"))
			.contains("guide:financiele-problemen-vroeg-hulp");
	}

	@Test
	void aWordAlsoFindsCompoundsStartingWithIt() {
		// "energie" is not a word of "Energie-investeringsaftrek" alone but starts "energiebesparing" in the ISDE title.
		assertThat(ids("energie")).contains("subsidy:eia", "subsidy:isde", "guide:energie-besparen");
	}

	@Test
	void titlesCountMostAndEveryWordMustMatch() {
		assertThat(ids("wbso").get(0)).isEqualTo("subsidy:wbso");
		assertThat(ids("energie besparen").get(0)).isEqualTo("guide:energie-besparen");
		assertThat(ids("arbeidsomstandighedenwet").get(0)).isEqualTo("regulation:bwbr0010346");
		assertThat(ids("douane").get(0)).isEqualTo("provider:douane");
		// Both words must occur: the guide on exporting has both, the customs guide only one.
		assertThat(ids("exporteren douane")).contains("guide:exporteren").doesNotContain("guide:importeren-en-douane");
	}

	@Test
	void fallsBackToSomeWordsWhenNoItemHasThemAll() {
		assertThat(ids("wbso zwemleraar")).contains("subsidy:wbso");
	}

	@Test
	void searchesGuideStepsProviderNamesAndSbiLabels() {
		// "eHerkenning" is only in a step of the guide on sustainable investment.
		assertThat(ids("eherkenning")).contains("guide:duurzaam-investeren");
		assertThat(ids("ondernemersklankbord").get(0)).isEqualTo("provider:ondernemersklankbord");
		assertThat(ids("kappers")).contains("sbi-code:9621");
	}

	@Test
	void filtersLikeTheCollections() {
		var onlySchemes = new SearchFilter(Set.of(SearchType.SUBSIDY), EntryFilter.none(), Set.of(), Set.of(), Set.of(),
				Set.of());
		assertThat(ids("innovatie", onlySchemes)).isNotEmpty().allMatch(id -> id.startsWith("subsidy:"));
		var open = new SearchFilter(Set.of(), EntryFilter.none(), Set.of(), Set.of(), Set.of(),
				Set.of(snapshot.iri("status", "open")));
		assertThat(ids("innovatie", open)).contains("subsidy:wbso").doesNotContain("subsidy:mit-kennisvoucher")
			.allMatch(id -> id.startsWith("subsidy:"));
	}

	@Test
	void snippetsArePlainTextWithOffsetsOfTheMatchedWords() {
		SearchDocument guide = search.search(snapshot, "energie besparen", SearchFilter.none()).get(0).document();
		Set<String> terms = SearchIndex.queryTerms("energie besparen");

		Snippet title = Snippets.whole(guide.title().in(Language.NL, ""), terms);
		assertThat(title.highlights()).extracting(h -> title.text().substring(h.start(), h.end()))
			.containsExactly("Energie", "besparen", "energiebesparingsplicht");

		Snippet snippet = Snippets.best(guide, Language.NL, terms);
		assertThat(snippet.text().length()).isLessThanOrEqualTo(Snippets.LENGTH + 40);
		assertThat(snippet.highlights()).isNotEmpty()
			.allSatisfy(h -> assertThat(snippet.text().substring(h.start(), h.end()).toLowerCase()).matches("(energ|bespa).*"));
	}

	@Test
	void snippetsNeverAddMarkup() {
		var document = new SearchDocument("x", SearchType.GUIDE, "x", nl.openmkb.catalogue.catalog.Texts.none(),
				List.of(new nl.openmkb.catalogue.catalog.Texts(java.util.Map.of("nl", "<script>alert(1)</script> energie"))),
				new Object());
		Snippet snippet = Snippets.best(document, Language.NL, Set.of("energ"));
		assertThat(snippet.text()).isEqualTo("<script>alert(1)</script> energie");
		assertThat(snippet.highlights()).containsExactly(new Snippet.Highlight(26, 33));
	}

	private List<String> ids(String q) {
		return ids(q, SearchFilter.none());
	}

	private List<String> ids(String q, SearchFilter filter) {
		return search.search(snapshot, q, filter).stream()
			.map(s -> s.document().type().identifier() + ":" + s.document().identifier())
			.toList();
	}

}
