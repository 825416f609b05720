package nl.openmkb.catalogue.catalog.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.ConceptScheme;
import nl.openmkb.catalogue.catalog.Concepts;
import nl.openmkb.catalogue.catalog.search.CuratedCatalogue;

import org.junit.jupiter.api.Test;

/** The documented rules for reading a question: labels and synonyms, stems, adjacent words, word starts. */
class QuestionReaderTests {

	private static final CatalogueSnapshot SNAPSHOT = CuratedCatalogue.snapshot();

	private final QuestionReader reader = QuestionReader.of(SNAPSHOT);

	@Test
	void everySynonymLineNamesAConceptOfOurVocabulary() {
		Concepts concepts = Concepts.of(SNAPSHOT);
		Map<String, ConceptScheme> schemes = Map.of("theme", ConceptScheme.THEMES, "event", ConceptScheme.BUSINESS_EVENTS,
				"audience", ConceptScheme.AUDIENCES);
		assertThat(QuestionReader.synonyms()).isNotEmpty().allSatisfy((key, phrases) -> {
			String[] parts = key.split("/");
			assertThat(schemes).as(key).containsKey(parts[0]);
			assertThat(concepts.find(schemes.get(parts[0]).iri(SNAPSHOT), parts[1])).as(key).isPresent();
			assertThat(phrases).as(key).isNotEmpty();
		});
	}

	@Test
	void aWordStartPhraseCatchesCompounds() {
		assertThat(read("Mijn energierekening is te hoog")).containsEntry("verduurzaming", List.of("energierekening"));
	}

	@Test
	void labelsCountAndWordFormsDoNotMatter() {
		// "Verduurzamen" is the label of the event; "verduurzaming" stems the same.
		assertThat(read("Hoe pak ik verduurzaming aan?")).containsKeys("verduurzaming", "verduurzamen");
	}

	@Test
	void accentsDoNotMatter() {
		assertThat(read("Wij hebben financiële problemen")).containsKeys("zwaar-weer", "financiele-problemen");
	}

	@Test
	void aPhraseNeedsItsWordsTogether() {
		assertThat(read("Ik wil mijn eerste werknemer aannemen")).containsKey("eerste-personeel-aannemen");
		assertThat(read("Mijn eerste klant is een werknemer van de gemeente")).doesNotContainKey("eerste-personeel-aannemen");
	}

	@Test
	void theMostMatchedConceptComesFirst() {
		var matches = reader.read("Ik wil exporteren naar Duitsland en België via de douane");
		assertThat(matches.get(0).concept().identifier()).isIn("internationalisering", "internationaal-ondernemen");
		assertThat(matches.get(0).score()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aQuestionAboutNothingWeKnowReadsAsNothing() {
		assertThat(reader.read("Waar vind ik een goede zwemleraar?")).isEmpty();
	}

	private Map<String, List<String>> read(String question) {
		Map<String, List<String>> found = new java.util.LinkedHashMap<>();
		reader.read(question).forEach(m -> found.put(m.concept().identifier(), m.words()));
		return found;
	}

}
