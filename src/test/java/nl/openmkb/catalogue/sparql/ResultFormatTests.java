package nl.openmkb.catalogue.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import nl.openmkb.catalogue.sparql.ResultFormat.Kind;

import org.junit.jupiter.api.Test;

/** Content negotiation: q-values, the most specific range, aliases and the defaults. */
class ResultFormatTests {

	@Test
	void picksJsonForResultsAndTurtleForGraphsWhenAnythingGoes() {
		assertThat(ResultFormat.negotiate(null, ResultFormat.of(Kind.RESULTS))).isEqualTo(ResultFormat.SPARQL_JSON);
		assertThat(ResultFormat.negotiate("*/*", ResultFormat.of(Kind.RESULTS))).isEqualTo(ResultFormat.SPARQL_JSON);
		assertThat(ResultFormat.negotiate("", ResultFormat.of(Kind.GRAPH))).isEqualTo(ResultFormat.TURTLE);
		assertThat(ResultFormat.negotiate("not a media type;;", ResultFormat.of(Kind.GRAPH))).isEqualTo(ResultFormat.TURTLE);
	}

	@Test
	void followsQualityValues() {
		assertThat(ResultFormat.negotiate("application/sparql-results+json;q=0.5, text/csv", ResultFormat.of(Kind.RESULTS)))
			.isEqualTo(ResultFormat.CSV);
		assertThat(ResultFormat.negotiate("text/turtle;q=0.1, application/n-triples;q=0.3", ResultFormat.of(Kind.GRAPH)))
			.isEqualTo(ResultFormat.N_TRIPLES);
	}

	@Test
	void letsTheMostSpecificRangeDecide() {
		// text/csv is excluded explicitly although text/* would accept it.
		assertThat(ResultFormat.negotiate("text/*, text/csv;q=0", ResultFormat.of(Kind.RESULTS))).isEqualTo(ResultFormat.TSV);
		assertThat(ResultFormat.negotiate("*/*;q=0.1, application/sparql-results+json;q=0", ResultFormat.of(Kind.RESULTS)))
			.isEqualTo(ResultFormat.SPARQL_XML);
	}

	@Test
	void acceptsCommonAliasesOnlyWhenNamed() {
		assertThat(ResultFormat.negotiate("application/json", ResultFormat.of(Kind.RESULTS))).isEqualTo(ResultFormat.SPARQL_JSON);
		assertThat(ResultFormat.negotiate("application/xml", ResultFormat.of(Kind.RESULTS))).isEqualTo(ResultFormat.SPARQL_XML);
		assertThat(ResultFormat.negotiate("application/json", ResultFormat.of(Kind.GRAPH))).isEqualTo(ResultFormat.JSON_LD);
		assertThat(ResultFormat.negotiate("text/plain", ResultFormat.of(Kind.GRAPH))).isEqualTo(ResultFormat.N_TRIPLES);
		assertThat(ResultFormat.negotiate("application/*", ResultFormat.of(Kind.GRAPH))).isEqualTo(ResultFormat.JSON_LD);
	}

	@Test
	void offersThePageOnlyToClientsThatPreferHtml() {
		var all = ResultFormat.of(Kind.RESULTS, Kind.GRAPH, Kind.PAGE);
		assertThat(ResultFormat.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", all))
			.isEqualTo(ResultFormat.HTML);
		assertThat(ResultFormat.negotiate("application/sparql-results+json,*/*;q=0.9", all)).isEqualTo(ResultFormat.SPARQL_JSON);
		assertThat(ResultFormat.negotiate("*/*", all)).isEqualTo(ResultFormat.SPARQL_JSON);
	}

	@Test
	void acceptsNothingItCannotServe() {
		assertThat(ResultFormat.negotiate("image/png, application/pdf", ResultFormat.of(Kind.RESULTS))).isNull();
		assertThat(ResultFormat.negotiate("text/turtle", ResultFormat.of(Kind.RESULTS))).isNull();
	}

}
