package nl.openmkb.catalogue.catalog.regulation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import nl.openmkb.catalogue.web.Bodies;
import nl.openmkb.catalogue.web.CatalogueWebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@CatalogueWebTest
class RegulationControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsRegulationsByDutchTitle() {
		MvcTestResult result = get("/api/v1/regulations");

		assertThat(Bodies.<List<String>>json(result, "$._embedded.regulations[*].identifier")).containsExactly("bwbr0010346",
				"bwbr0021777");
		assertThat(Bodies.<String>json(result, "$._embedded.regulations[0].bwbId")).isEqualTo("BWBR0010346");
		assertThat(Bodies.<String>json(result, "$._embedded.regulations[0].themes[0].identifier"))
			.isEqualTo("arbeidsmarkt-en-personeel");
	}

	@Test
	void filtersByThemeEventAudienceTextAndDate() {
		assertThat(identifiers("theme=starten")).containsExactly("bwbr0021777");
		assertThat(identifiers("event=eerste-personeel-aannemen")).containsExactly("bwbr0010346");
		assertThat(identifiers("audience=starter")).containsExactly("bwbr0021777");
		assertThat(identifiers("q=BWBR0021777")).containsExactly("bwbr0021777");
		assertThat(identifiers("q=working%20conditions")).containsExactly("bwbr0010346");
		assertThat(identifiers("modifiedSince=2026-01-01")).containsExactly("bwbr0010346");
		assertThat(identifiers("theme=starten&event=eerste-personeel-aannemen")).isEmpty();
	}

	@Test
	void showsARegulationByItsBwbIdInAnyCase() {
		MvcTestResult result = get("/api/v1/regulations/BWBR0010346");

		assertThat(result).hasStatusOk();
		assertThat(Bodies.<String>json(result, "$.title")).isEqualTo("Arbeidsomstandighedenwet");
		assertThat(Bodies.<String>json(result, "$.officialPages[0]")).isEqualTo("https://wetten.overheid.nl/BWBR0010346");
		assertThat(Bodies.<String>json(result, "$._links.self.href")).isEqualTo("http://localhost/api/v1/regulations/bwbr0010346");
		assertThat(Bodies.<String>json(result, "$._links.event[0].href"))
			.isEqualTo("http://localhost/api/v1/events/eerste-personeel-aannemen");
		assertThat(Bodies.<String>json(result, "$._links.audience[0].href")).isEqualTo("http://localhost/api/v1/audiences/mkb-breed");
	}

	@Test
	void answersAnUnknownRegulationWithNotFound() {
		assertThat(get("/api/v1/regulations/bwbr9999999")).hasStatus(404);
	}

	private List<String> identifiers(String query) {
		MvcTestResult result = get("/api/v1/regulations?" + query);
		assertThat(result).hasStatusOk();
		return Bodies.json(result, "$._embedded.regulations[*].identifier");
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(URI.create(uri)).exchange();
	}

}
