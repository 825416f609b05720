package nl.openmkb.catalogue.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The word analysis shared by the index, queries, highlighting and the referral's reading of questions. */
class DutchAnalysisTests {

	@Test
	void bringsWordFormsTogether() {
		assertThat(DutchAnalysis.terms("subsidies")).isEqualTo(DutchAnalysis.terms("subsidie"));
		assertThat(DutchAnalysis.terms("verduurzamen")).isEqualTo(DutchAnalysis.terms("verduurzaming"));
		assertThat(DutchAnalysis.terms("ondernemers")).isEqualTo(DutchAnalysis.terms("ondernemer"));
	}

	@Test
	void foldsAccentsAndCase() {
		assertThat(DutchAnalysis.terms("Financiën")).isEqualTo(DutchAnalysis.terms("financien"));
		assertThat(DutchAnalysis.terms("BEËINDIGEN")).isEqualTo(DutchAnalysis.terms("beeindigen"));
	}

	@Test
	void dropsStopWordsAndKeepsOffsets() {
		var tokens = DutchAnalysis.tokens("Ik wil de subsidie");
		assertThat(tokens).hasSize(1);
		assertThat("Ik wil de subsidie".substring(tokens.get(0).start(), tokens.get(0).end())).isEqualTo("subsidie");
	}

}
