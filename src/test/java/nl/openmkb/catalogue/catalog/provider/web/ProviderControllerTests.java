package nl.openmkb.catalogue.catalog.provider.web;

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
class ProviderControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void findsTheProvidersServingAMunicipality() {
		assertThat(identifiers("municipality=GM0344")).containsExactly("gemeente-utrecht", "provincie-utrecht", "qredits", "rvo");
		assertThat(identifiers("municipality=GM0307")).containsExactly("provincie-utrecht", "qredits", "rvo");
		assertThat(identifiers("province=PV26&theme=verduurzaming")).containsExactly("provincie-utrecht", "rvo");
		assertThat(identifiers("q=qredits")).containsExactly("qredits");
	}

	@Test
	void showsAProviderWithItsChannelsReferralsAndSchemes() {
		MvcTestResult result = get("/api/v1/providers/rvo");

		assertThat(result).hasStatusOk();
		assertThat(Bodies.<String>json(result, "$.organisationType")).isEqualTo("public");
		assertThat(Bodies.<String>json(result, "$.homepage")).isEqualTo("https://www.rvo.nl/");
		assertThat(Bodies.<String>json(result, "$.channels[0].type.identifier")).isEqualTo("telefoon");
		assertThat(Bodies.<List<String>>json(result, "$.channels[0].telephones")).containsExactly("tel:+31889042500");
		assertThat(Bodies.<String>json(result, "$._links.refersTo[0].href")).isEqualTo("http://localhost/api/v1/providers/qredits");
		String schemes = Bodies.json(result, "$._links.subsidies.href");
		assertThat(schemes).isEqualTo("http://localhost/api/v1/subsidies?provider=rvo");
		assertThat(Bodies.<List<String>>json(get(schemes.replace("http://localhost", "")), "$._embedded.subsidies[*].identifier"))
			.containsExactly("innovatiekrediet", "werkfit-midden-utrecht");
		assertThat(Bodies.<String>json(get("/api/v1/providers/qredits"), "$.organisationType")).isEqualTo("private");
	}

	@Test
	void describesAProviderWithItsChannelsAsRdf() {
		String turtle = Bodies.text(mvc.get().uri("/api/v1/providers/rvo").accept(org.springframework.http.MediaType.parseMediaType("text/turtle")).exchange());

		assertThat(turtle).contains("<http://localhost:8080/id/channel/rvo-telefoon>", "<tel:+31889042500>");
	}

	private List<String> identifiers(String query) {
		MvcTestResult result = get("/api/v1/providers?" + query);
		assertThat(result).hasStatusOk();
		return Bodies.json(result, "$._embedded.providers[*].identifier");
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(URI.create(uri)).exchange();
	}

}
