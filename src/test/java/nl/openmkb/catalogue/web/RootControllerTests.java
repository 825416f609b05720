package nl.openmkb.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CatalogueWebTest
class RootControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void linksToEveryCollectionAndTheOpenApiDocument() {
		var result = mvc.get().uri("/api/v1").exchange();

		assertThat(result).hasStatusOk().hasContentType(MediaType.parseMediaType(ApiMediaTypes.HAL_JSON));
		assertThat(result).bodyJson().extractingPath("$._links").asMap().containsKeys("self", "regulations", "subsidies",
				"guides", "providers", "themes", "events", "audiences", "sbiCodes", "regions", "statuses", "schemeKinds",
				"service-desc", "service-doc");
		assertThat(result).bodyJson()
			.extractingPath("$._links.subsidies.href")
			.isEqualTo("http://localhost/api/v1/subsidies");
		assertThat(result).bodyJson()
			.extractingPath("$._links.service-desc.href")
			.isEqualTo("http://localhost/api/v1/openapi.json");
	}

	@Test
	void answersWithTheApiVersionHeader() {
		assertThat(mvc.get().uri("/api/v1")).hasHeader(ApiVersion.HEADER, ApiVersion.CURRENT);
	}

	@Test
	void servesPlainJsonAsHal() {
		assertThat(mvc.get().uri("/api/v1").accept(MediaType.APPLICATION_JSON)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.version")
			.isEqualTo(ApiVersion.CURRENT);
	}

}
