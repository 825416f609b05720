package nl.openmkb.catalogue.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a linked data resource picks its representation from {@code ?format=} and {@code Accept}. */
class VariantTests {

	private static final List<Variant> ALL = Variant.all();

	@Test
	void browsersAndClientsThatAcceptAnythingGetTheHtmlPage() {
		assertThat(Variant.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", null, ALL))
			.isEqualTo(Variant.HTML);
		assertThat(Variant.negotiate("*/*", null, ALL)).isEqualTo(Variant.HTML);
		assertThat(Variant.negotiate(null, null, ALL)).isEqualTo(Variant.HTML);
	}

	@Test
	void rdfClientsGetTheFormatTheyRankHighest() {
		assertThat(Variant.negotiate("text/turtle", null, ALL).rdf()).isEqualTo(RdfFormat.TURTLE);
		assertThat(Variant.negotiate("application/n-triples;q=0.5, application/ld+json", null, ALL).rdf())
			.isEqualTo(RdfFormat.JSON_LD);
		assertThat(Variant.negotiate("application/rdf+xml, text/html;q=0.1", null, ALL).rdf()).isEqualTo(RdfFormat.RDF_XML);
	}

	@Test
	void theMostSpecificRangeDecidesAnOffersQuality() {
		assertThat(Variant.negotiate("text/*;q=0.9, text/html;q=0.1", null, ALL).rdf()).isEqualTo(RdfFormat.TURTLE);
	}

	@Test
	void formatParameterOverridesAccept() {
		assertThat(Variant.negotiate("text/html", "ttl", ALL).rdf()).isEqualTo(RdfFormat.TURTLE);
		assertThat(Variant.negotiate("text/turtle", "html", ALL)).isEqualTo(Variant.HTML);
		assertThat(Variant.negotiate(null, "json-ld", ALL).rdf()).isEqualTo(RdfFormat.JSON_LD);
		assertThat(Variant.negotiate(null, "application/n-triples", ALL).rdf()).isEqualTo(RdfFormat.N_TRIPLES);
	}

	@Test
	void refusesWhatIsNotOfferedAndSaysWhatIs() {
		assertThatExceptionOfType(NotAcceptableException.class).isThrownBy(() -> Variant.negotiate(null, "pdf", ALL))
			.satisfies(ex -> assertThat(ex.offers()).isEqualTo(ALL));
		assertThatExceptionOfType(NotAcceptableException.class)
			.isThrownBy(() -> Variant.negotiate("image/png", null, ALL));
		assertThatExceptionOfType(NotAcceptableException.class)
			.isThrownBy(() -> Variant.negotiate(null, "html", Variant.rdfOnly()));
		assertThatExceptionOfType(NotAcceptableException.class)
			.isThrownBy(() -> Variant.negotiate("text/turtle;q=0", null, List.of(new Variant(RdfFormat.TURTLE))));
	}

	@Test
	void malformedAcceptCountsAsAnything() {
		assertThat(Variant.negotiate("text/html;q=abc", null, ALL)).isEqualTo(Variant.HTML);
	}

}
