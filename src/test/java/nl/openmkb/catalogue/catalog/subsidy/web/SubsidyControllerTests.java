package nl.openmkb.catalogue.catalog.subsidy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.web.Bodies;
import nl.openmkb.catalogue.web.CatalogueWebTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@CatalogueWebTest
class SubsidyControllerTests {

	private static final List<String> ALL = List.of("amsterdamse-boerenlening", "horeca-verduurzaming-utrecht",
			"gemeentelijke-startersregeling", "innovatiekrediet", "werkfit-midden-utrecht");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogueStore store;

	@Test
	void listsSchemesByDutchTitleWithWhatAClientNeedsToShowThem() {
		MvcTestResult result = mvc.get().uri("/api/v1/subsidies").exchange();

		assertThat(result).hasStatusOk();
		assertThat(identifiers(result)).containsExactlyElementsOf(ALL);
		var item = assertThat(result).bodyJson().extractingPath("$._embedded.subsidies[3]");
		item.asMap()
			.containsEntry("identifier", "innovatiekrediet")
			.containsEntry("title", "Innovatiekrediet")
			.containsEntry("description", "Een lening voor de ontwikkeling van een nieuw product.")
			.containsEntry("modified", "2026-11-27")
			.containsKeys("themes", "status", "kind", "areas", "_links");
		assertThat(result).bodyJson().extractingPath("$._embedded.subsidies[3].themes[0].label").isEqualTo("Innovatie");
		assertThat(result).bodyJson().extractingPath("$._embedded.subsidies[3].status.identifier").isEqualTo("open");
		assertThat(result).bodyJson()
			.extractingPath("$._embedded.subsidies[3]._links.self.href")
			.isEqualTo("http://localhost/api/v1/subsidies/innovatiekrediet");
		assertThat(result).bodyJson().extractingPath("$.page.totalElements").isEqualTo(5);
	}

	@Test
	void filtersByTheme() {
		assertThat(identifiers("theme=innovatie")).containsExactly("innovatiekrediet");
		assertThat(identifiers("theme=innovatie,starten")).containsExactly("gemeentelijke-startersregeling", "innovatiekrediet");
		assertThat(identifiers("theme=innovatie&theme=starten")).containsExactly("gemeentelijke-startersregeling",
				"innovatiekrediet");
		assertThat(identifiers("theme=INNOVATIE")).containsExactly("innovatiekrediet");
	}

	@Test
	void filtersByEventAndAudience() {
		assertThat(identifiers("event=verduurzamen")).containsExactly("horeca-verduurzaming-utrecht");
		assertThat(identifiers("audience=starter")).containsExactly("amsterdamse-boerenlening", "gemeentelijke-startersregeling");
	}

	@Test
	void sbiCodeMatchesSchemesForBroaderAndNarrowerCodesAndSchemesOpenToEverySector() {
		// The horeca scheme is tagged 561: it applies to the narrower 5611, the broader 56 and its section I.
		List<String> openToAll = List.of("gemeentelijke-startersregeling", "innovatiekrediet", "werkfit-midden-utrecht");
		assertThat(identifiers("sbi=5611")).containsExactly("horeca-verduurzaming-utrecht", openToAll.get(0), openToAll.get(1),
				openToAll.get(2));
		assertThat(identifiers("sbi=56")).contains("horeca-verduurzaming-utrecht").doesNotContain("amsterdamse-boerenlening");
		assertThat(identifiers("sbi=I")).contains("horeca-verduurzaming-utrecht");
		assertThat(identifiers("sbi=011")).containsExactly("amsterdamse-boerenlening", openToAll.get(0), openToAll.get(1),
				openToAll.get(2));
		assertThat(identifiers("sbi=62")).containsExactlyElementsOf(openToAll);
	}

	@Test
	void municipalityFindsItsOwnProvincialLabourMarketAndNationalSchemes() {
		assertThat(identifiers("municipality=GM0344")).containsExactly("horeca-verduurzaming-utrecht",
				"gemeentelijke-startersregeling", "innovatiekrediet", "werkfit-midden-utrecht");
		// Amersfoort lies in the same province but in another labour-market region.
		assertThat(identifiers("municipality=gm0307")).containsExactly("horeca-verduurzaming-utrecht", "innovatiekrediet");
		assertThat(identifiers("municipality=GM0363")).containsExactly("amsterdamse-boerenlening", "innovatiekrediet");
	}

	@Test
	void provinceFindsProvincialAndNationalSchemes() {
		assertThat(identifiers("province=PV26")).containsExactly("horeca-verduurzaming-utrecht", "innovatiekrediet");
		assertThat(identifiers("province=pv27")).containsExactly("innovatiekrediet");
	}

	@Test
	void filtersByStatusKindAndProvider() {
		assertThat(identifiers("status=open")).containsExactly("horeca-verduurzaming-utrecht",
				"gemeentelijke-startersregeling", "innovatiekrediet");
		assertThat(identifiers("status=gesloten,aangekondigd")).containsExactly("amsterdamse-boerenlening",
				"werkfit-midden-utrecht");
		assertThat(identifiers("kind=voucher")).containsExactly("horeca-verduurzaming-utrecht");
		assertThat(identifiers("provider=rvo")).containsExactly("innovatiekrediet", "werkfit-midden-utrecht");
	}

	@Test
	void findsTextIgnoringCaseAccentsAndLanguage() {
		assertThat(identifiers("q=cafe")).containsExactly("horeca-verduurzaming-utrecht");
		assertThat(identifiers("q=ENERGIE%20restaurant")).containsExactly("horeca-verduurzaming-utrecht");
		assertThat(identifiers("q=innovation")).containsExactly("innovatiekrediet");
		assertThat(identifiers("q=energie%20lening")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\" } } ; DROP ALL ; #", "') || true || ('", "x\" . ?s ?p ?o } #",
			"} UNION { ?s ?p ?o", "%00", "\\u0022", "<http://example.org/x> ?p ?o" })
	void treatsQueryInjectionAttemptsAsPlainText(String attempt) {
		long generation = store.generation();

		MvcTestResult result = mvc.get().uri("/api/v1/subsidies").queryParam("q", attempt).exchange();

		assertThat(result).hasStatusOk();
		assertThat(identifiers(result)).isEmpty();
		assertThat(store.generation()).isEqualTo(generation);
		assertThat(identifiers("")).containsExactlyElementsOf(ALL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", ".*", "{}", "?!" })
	void ignoresPunctuationOnlyQueries(String attempt) {
		assertThat(identifiers(mvc.get().uri("/api/v1/subsidies").queryParam("q", attempt).exchange()))
			.containsExactlyElementsOf(ALL);
	}

	@Test
	void filtersByModificationDateInclusive() {
		List<String> since = List.of("gemeentelijke-startersregeling", "innovatiekrediet", "werkfit-midden-utrecht");
		assertThat(identifiers("modifiedSince=2026-02-01")).containsExactlyElementsOf(since);
		assertThat(identifiers("modifiedSince=2026-02-01T10:00:00%2B01:00")).containsExactlyElementsOf(since);
		assertThat(identifiers("modifiedSince=2030-01-01")).isEmpty();
	}

	@Test
	void combinesFilters() {
		assertThat(identifiers("municipality=GM0344&status=open&theme=starten,verduurzaming")).containsExactly(
				"horeca-verduurzaming-utrecht", "gemeentelijke-startersregeling");
		assertThat(identifiers("municipality=GM0344&sbi=5611&audience=mkb-breed")).containsExactly(
				"horeca-verduurzaming-utrecht", "innovatiekrediet", "werkfit-midden-utrecht");
	}

	@Test
	void showsOneSchemeWithLinksToEverythingItRelatesTo() {
		MvcTestResult result = mvc.get().uri("/api/v1/subsidies/innovatiekrediet").exchange();

		assertThat(result).hasStatusOk();
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.title").isEqualTo("Innovatiekrediet");
		json.extractingPath("$.competentAuthorities[0].label").isEqualTo("Rijksdienst voor Ondernemend Nederland");
		json.extractingPath("$.officialPages[0]").isEqualTo("https://example.org/innovatiekrediet");
		json.extractingPath("$._links.competentAuthority[0].href").isEqualTo("http://localhost/api/v1/providers/rvo");
		json.extractingPath("$._links.competentAuthority[0].title").isEqualTo("Rijksdienst voor Ondernemend Nederland");
		json.extractingPath("$._links.legalResource[0].href").isEqualTo("http://localhost/api/v1/regulations/bwbr0010346");
		json.extractingPath("$._links.theme[0].href").isEqualTo("http://localhost/api/v1/themes/innovatie");
		json.extractingPath("$._links.area[0].href").isEqualTo("http://localhost/api/v1/regions/nld");
		json.extractingPath("$._links.kind.href").isEqualTo("http://localhost/api/v1/scheme-kinds/krediet");
		json.extractingPath("$._links.status.href").isEqualTo("http://localhost/api/v1/statuses/open");
		json.extractingPath("$._links.collection.href").isEqualTo("http://localhost/api/v1/subsidies");
	}

	@Test
	void everyLinkOfASchemeResolves() {
		List<String> hrefs = Bodies.json(mvc.get().uri("/api/v1/subsidies/horeca-verduurzaming-utrecht").exchange(),
				"$._links..href");

		assertThat(hrefs).hasSizeGreaterThan(8);
		for (String href : hrefs) {
			assertThat(mvc.get().uri(href.replace("http://localhost", ""))).as(href).hasStatusOk();
		}
	}

	@Test
	void answersAnUnknownSchemeWithNotFound() {
		assertThat(mvc.get().uri("/api/v1/subsidies/bestaat-niet")).hasStatus(404)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("There is no scheme with identifier 'bestaat-niet'.");
	}

	private List<String> identifiers(String query) {
		return identifiers(mvc.get().uri(URI.create("/api/v1/subsidies?pageSize=100&" + query)).exchange());
	}

	private static List<String> identifiers(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return Bodies.json(result, "$._embedded.subsidies[*].identifier");
	}

}
