package nl.openmkb.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@CatalogueWebTest
class ProblemDetailsTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void namesAnUnknownFilterValueAndListsTheAllowedOnes() {
		MvcTestResult result = problem("/api/v1/subsidies?theme=duurzaamheid", 400);

		assertThat(Bodies.<String>json(result, "$.type")).isEqualTo(ProblemTypes.INVALID_PARAMETER.toString());
		assertThat(Bodies.<String>json(result, "$.title")).isEqualTo("Invalid query parameter");
		Map<String, Object> param = Bodies.json(result, "$.invalidParams[0]");
		assertThat(param).containsEntry("name", "theme").containsEntry("code", "unknownValue");
		assertThat(Bodies.<List<String>>json(result, "$.invalidParams[0].allowedValues")).contains("verduurzaming",
				"innovatie", "starten");
	}

	@Test
	void refusesUnknownValuesOfEveryConceptFilter() {
		assertParam("/api/v1/subsidies?event=trouwen", "event", "unknownValue");
		assertParam("/api/v1/subsidies?audience=iedereen", "audience", "unknownValue");
		assertParam("/api/v1/subsidies?status=dicht", "status", "unknownValue");
		assertParam("/api/v1/subsidies?kind=cadeau", "kind", "unknownValue");
		assertParam("/api/v1/subsidies?provider=onbekend", "provider", "unknownValue");
		assertParam("/api/v1/regulations?theme=x", "theme", "unknownValue");
		assertParam("/api/v1/guides?audience=x", "audience", "unknownValue");
		assertParam("/api/v1/providers?theme=x", "theme", "unknownValue");
		assertParam("/api/v1/subsidies?lang=de", "lang", "unknownValue");
	}

	@Test
	void refusesMalformedAndUnknownCodes() {
		assertParam("/api/v1/subsidies?sbi=56.10", "sbi", "malformed");
		assertParam("/api/v1/subsidies?sbi=999999", "sbi", "malformed");
		assertParam("/api/v1/subsidies?sbi=99999", "sbi", "unknownValue");
		assertParam("/api/v1/subsidies?municipality=Utrecht", "municipality", "malformed");
		assertParam("/api/v1/subsidies?municipality=GM9999", "municipality", "unknownValue");
		assertParam("/api/v1/subsidies?municipality=PV26", "municipality", "malformed");
		assertParam("/api/v1/subsidies?province=26", "province", "malformed");
		assertParam("/api/v1/subsidies?province=PV99", "province", "unknownValue");
		assertParam("/api/v1/providers?municipality=GM12345", "municipality", "malformed");
		assertParam("/api/v1/subsidies?modifiedSince=gisteren", "modifiedSince", "malformed");
		assertParam("/api/v1/subsidies?modifiedSince=2026-13-01", "modifiedSince", "malformed");
		assertParam("/api/v1/subsidies?q=" + "a".repeat(201), "q", "tooLong");
		assertParam("/api/v1/regions?level=wijk", "level", "unknownValue");
		assertParam("/api/v1/sbi-codes?broader=99999", "broader", "unknownValue");
	}

	@Test
	void namesEveryRefusedParameterAtOnce() {
		MvcTestResult result = problem("/api/v1/subsidies?theme=x&sbi=y&municipality=z", 400);

		assertThat(Bodies.<List<String>>json(result, "$.invalidParams[*].name")).containsExactly("theme", "sbi",
				"municipality");
	}

	@Test
	void refusesUnknownParametersNamingTheKnownOnes() {
		MvcTestResult result = problem("/api/v1/subsidies?themes=innovatie", 400);

		assertThat(Bodies.<String>json(result, "$.invalidParams[0].name")).isEqualTo("themes");
		assertThat(Bodies.<String>json(result, "$.invalidParams[0].code")).isEqualTo("unknownParameter");
		assertThat(Bodies.<String>json(result, "$.invalidParams[0].reason")).contains("theme", "municipality", "pageSize");
		assertParam("/api/v1/regulations?sbi=01", "sbi", "unknownParameter");
		assertParam("/api/v1?debug=true", "debug", "unknownParameter");
	}

	@Test
	void answersATrailingSlashAndUnknownPathsWithNotFound() {
		for (String path : List.of("/api/v1/", "/api/v1/subsidies/", "/api/v1/subsidies/innovatiekrediet/",
				"/api/v1/subsidy", "/api/v1/guides/personeel-aannemen/steps/9", "/api/v1/guides/personeel-aannemen/steps/x",
				"/api/v1/themes/kunst", "/api/v1/regions/gm9999")) {
			MvcTestResult result = problem(path, 404);
			assertThat(Bodies.<String>json(result, "$.type")).as(path).isEqualTo(ProblemTypes.NOT_FOUND.toString());
		}
	}

	@Test
	void answersWritesWithMethodNotAllowed() {
		MvcTestResult result = mvc.post().uri("/api/v1/subsidies").exchange();

		assertThat(result).hasStatus(405).hasContentType(ApiMediaTypes.PROBLEM_JSON).hasHeader(ApiVersion.HEADER, ApiVersion.CURRENT);
		assertThat(Bodies.<String>json(result, "$.type")).isEqualTo(ProblemTypes.METHOD_NOT_ALLOWED.toString());
	}

	@Test
	void problemsAnswerWhateverTheClientAccepts() {
		MvcTestResult result = mvc.get().uri("/api/v1/subsidies?theme=x").accept(org.springframework.http.MediaType.parseMediaType("text/turtle")).exchange();

		assertThat(result).hasStatus(400).hasContentType(ApiMediaTypes.PROBLEM_JSON);
	}

	private void assertParam(String uri, String name, String code) {
		MvcTestResult result = problem(uri, 400);
		assertThat(Bodies.<String>json(result, "$.invalidParams[0].name")).as(uri).isEqualTo(name);
		assertThat(Bodies.<String>json(result, "$.invalidParams[0].code")).as(uri).isEqualTo(code);
	}

	/** A problem response, checked for what every problem has: type, title, status, detail, no stack trace. */
	private MvcTestResult problem(String uri, int status) {
		MvcTestResult result = mvc.get().uri(URI.create(uri)).exchange();
		assertThat(result).as(uri)
			.hasStatus(status)
			.hasContentType(ApiMediaTypes.PROBLEM_JSON)
			.hasHeader(ApiVersion.HEADER, ApiVersion.CURRENT);
		Map<String, Object> problem = Bodies.json(result, "$");
		assertThat(problem).as(uri).containsKeys("type", "title", "status", "detail", "instance").containsEntry("status", status);
		assertThat(Bodies.text(result)).as(uri).doesNotContain("Exception", "\tat ", "nl.openmkb", "org.springframework");
		return result;
	}

}
