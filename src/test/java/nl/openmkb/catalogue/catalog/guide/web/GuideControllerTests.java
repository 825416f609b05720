package nl.openmkb.catalogue.catalog.guide.web;

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
class GuideControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsGuidesWithTheirNumberOfSteps() {
		MvcTestResult result = get("/api/v1/guides?theme=arbeidsmarkt-en-personeel");

		assertThat(Bodies.<List<String>>json(result, "$._embedded.guides[*].identifier")).containsExactly("personeel-aannemen");
		assertThat(Bodies.<Integer>json(result, "$._embedded.guides[0].steps")).isEqualTo(4);
		assertThat(Bodies.<List<Object>>json(get("/api/v1/guides?event=bedrijf-starten"), "$._embedded.guides")).isEmpty();
		assertThat(Bodies.<List<Object>>json(get("/api/v1/guides?q=vacature"), "$._embedded.guides")).hasSize(1);
	}

	@Test
	void embedsTheStepsInOrderWithLinksToWhatHelps() {
		MvcTestResult result = get("/api/v1/guides/personeel-aannemen");

		assertThat(result).hasStatusOk();
		assertThat(Bodies.<List<Integer>>json(result, "$._embedded.steps[*].position")).containsExactly(1, 2, 3, 4);
		assertThat(Bodies.<String>json(result, "$._embedded.steps[0]._links.relatedRegulation[0].href"))
			.isEqualTo("http://localhost/api/v1/regulations/bwbr0010346");
		assertThat(Bodies.<String>json(result, "$._embedded.steps[1]._links.relatedScheme[0].href"))
			.isEqualTo("http://localhost/api/v1/subsidies/werkfit-midden-utrecht");
		assertThat(Bodies.<String>json(result, "$._embedded.steps[3]._links.relatedProvider[0].href"))
			.isEqualTo("http://localhost/api/v1/providers/qredits");
		assertThat(Bodies.<List<String>>json(result, "$._links.steps[*].href")).containsExactly(
				"http://localhost/api/v1/guides/personeel-aannemen/steps/1",
				"http://localhost/api/v1/guides/personeel-aannemen/steps/2",
				"http://localhost/api/v1/guides/personeel-aannemen/steps/3",
				"http://localhost/api/v1/guides/personeel-aannemen/steps/4");
		assertThat(Bodies.<String>json(result, "$._embedded.steps[1].schemes[0].label")).isEqualTo("Werkfit Midden-Utrecht");
	}

	@Test
	void servesEachStepAsAResource() {
		MvcTestResult result = get("/api/v1/guides/personeel-aannemen/steps/2");

		assertThat(result).hasStatusOk();
		assertThat(Bodies.<String>json(result, "$.title")).isEqualTo("Vraag advies");
		assertThat(Bodies.<String>json(result, "$._links.up.href")).isEqualTo("http://localhost/api/v1/guides/personeel-aannemen");
		assertThat(Bodies.<String>json(result, "$._links.relatedProvider[0].href")).isEqualTo("http://localhost/api/v1/providers/rvo");
	}

	@Test
	void everyLinkOfAGuideResolves() {
		List<String> hrefs = Bodies.json(get("/api/v1/guides/personeel-aannemen"), "$..href");

		assertThat(hrefs).hasSizeGreaterThan(10);
		for (String href : hrefs) {
			assertThat(get(href.replace("http://localhost", ""))).as(href).hasStatusOk();
		}
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(URI.create(uri)).exchange();
	}

}
