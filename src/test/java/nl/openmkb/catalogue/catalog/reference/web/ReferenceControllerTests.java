package nl.openmkb.catalogue.catalog.reference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import nl.openmkb.catalogue.web.Bodies;
import nl.openmkb.catalogue.web.CatalogueWebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@CatalogueWebTest
class ReferenceControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsEveryReferenceList() {
		assertThat(identifiers("/api/v1/themes", "themes")).contains("innovatie", "verduurzaming", "starten").hasSize(10);
		assertThat(identifiers("/api/v1/events", "events")).contains("bedrijf-starten");
		assertThat(identifiers("/api/v1/audiences", "audiences")).contains("zzp");
		assertThat(identifiers("/api/v1/statuses", "statuses")).containsExactlyInAnyOrder("open", "gesloten", "aangekondigd",
				"beeindigd");
		assertThat(identifiers("/api/v1/scheme-kinds", "schemeKinds")).contains("subsidie", "krediet");
		assertThat(Bodies.<Integer>json(get("/api/v1/regions?level=province"), "$.page.totalElements")).isEqualTo(12);
		assertThat(Bodies.<Integer>json(get("/api/v1/sbi-codes"), "$.page.totalElements")).isGreaterThan(1000);
	}

	@Test
	void navigatesTheSbiHierarchy() {
		assertThat(identifiers("/api/v1/sbi-codes?broader=56", "sbiCodes")).startsWith("561", "562", "563").allMatch(code -> code.startsWith("56") && code.length() == 3);
		MvcTestResult code = get("/api/v1/sbi-codes/561");
		assertThat(Bodies.<String>json(code, "$.broader[0].identifier")).isEqualTo("56");
		assertThat(Bodies.<List<String>>json(code, "$.narrower[*].identifier")).contains("5611");
		assertThat(Bodies.<String>json(code, "$._links.broader[0].href")).isEqualTo("http://localhost/api/v1/sbi-codes/56");
		assertThat(Bodies.<String>json(code, "$._links.subsidies.href")).isEqualTo("http://localhost/api/v1/subsidies?sbi=561");
		assertThat(Bodies.<String>json(get("/api/v1/sbi-codes/I"), "$.identifier")).isEqualTo("i");
	}

	@Test
	void linksARegionToWhereItLiesAndToWhatAppliesThere() {
		MvcTestResult utrecht = get("/api/v1/regions/gm0344");

		assertThat(Bodies.<String>json(utrecht, "$.notation")).isEqualTo("GM0344");
		assertThat(Bodies.<String>json(utrecht, "$.type")).isEqualTo("municipality");
		assertThat(Bodies.<List<String>>json(utrecht, "$.broader[*].identifier")).containsExactlyInAnyOrder("pv26",
				"midden-utrecht");
		Map<String, Object> links = Bodies.json(utrecht, "$._links");
		assertThat(links).containsKeys("self", "collection", "broader", "subsidies", "providers");
		assertThat(Bodies.<String>json(utrecht, "$._links.subsidies.href"))
			.isEqualTo("http://localhost/api/v1/subsidies?municipality=GM0344");
		assertThat(Bodies.<String>json(get("/api/v1/regions/nld"), "$.label")).isEqualTo("Nederland");
		assertThat(identifiers("/api/v1/regions?broader=PV26&level=municipality&q=utrecht", "regions")).contains("gm0344");
	}

	@Test
	void linksAThemeToEveryCollectionFilteredByIt() {
		MvcTestResult theme = get("/api/v1/themes/verduurzaming");

		assertThat(Bodies.<String>json(theme, "$.definition")).isNotBlank();
		for (String collection : List.of("subsidies", "regulations", "guides", "providers")) {
			assertThat(Bodies.<String>json(theme, "$._links." + collection + ".href"))
				.isEqualTo("http://localhost/api/v1/" + collection + "?theme=verduurzaming");
		}
		assertThat(Bodies.<String>json(get("/api/v1/statuses/open"), "$._links.subsidies.href"))
			.isEqualTo("http://localhost/api/v1/subsidies?status=open");
	}

	private List<String> identifiers(String uri, String relation) {
		MvcTestResult result = get(uri + (uri.contains("?") ? "&" : "?") + "pageSize=100");
		assertThat(result).hasStatusOk();
		return Bodies.json(result, "$._embedded." + relation + "[*].identifier");
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(URI.create(uri)).exchange();
	}

}
