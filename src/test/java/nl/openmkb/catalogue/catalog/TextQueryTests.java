package nl.openmkb.catalogue.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextQueryTests {

	private final String text = TextQuery.searchText("Energiebesparing café en restaurant", "Énergie-investeringsaftrek (EIA)");

	@Test
	void matchesWhenEveryWordOccursIgnoringCaseAndAccents() {
		assertThat(TextQuery.parse("CAFE").matches(text)).isTrue();
		assertThat(TextQuery.parse("energie restaurant").matches(text)).isTrue();
		assertThat(TextQuery.parse("eia").matches(text)).isTrue();
		assertThat(TextQuery.parse("energie lening").matches(text)).isFalse();
	}

	@Test
	void treatsPunctuationAsSpace() {
		assertThat(TextQuery.parse("\"} ; DROP ALL #").words()).containsExactly("drop", "all");
		assertThat(TextQuery.parse("*.*").isEmpty()).isTrue();
		assertThat(TextQuery.parse("investerings-aftrek").words()).containsExactly("investerings", "aftrek");
	}

	@Test
	void blankMatchesEverything() {
		assertThat(TextQuery.parse("  ").matches(text)).isTrue();
	}

}
