package nl.openmkb.catalogue.catalog.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import nl.openmkb.catalogue.web.CatalogueIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Search and referral over HTTP on the running application with the real curated catalogue. */
@CatalogueIntegrationTest
class SearchAndReferralIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	// ------------------------------------------------------------------------------------------------- search

	@Test
	void searchFindsDutchWordFormsAlike() throws Exception {
		assertThat(ids("/search?q=subsidies&pageSize=100")).isEqualTo(ids("/search?q=subsidie&pageSize=100")).isNotEmpty();
		assertThat(ids("/search?q=verduurzamen&pageSize=100")).isEqualTo(ids("/search?q=verduurzaming&pageSize=100"))
			.contains("guide:pand-verduurzamen");
		assertThat(ids("/search?q=regelingen&pageSize=100")).isEqualTo(ids("/search?q=regeling&pageSize=100"));
	}

	@Test
	void searchIgnoresAccentsAndCase() throws Exception {
		// The guide's title is "Je bedrijf overdragen of beëindigen"; "financiële" is in the data with a diaeresis.
		assertThat(ids("/search?q=beeindigen")).isEqualTo(ids("/search?q=BEËINDIGEN")).contains("guide:bedrijf-overdragen-of-beeindigen");
		assertThat(ids("/search?q=financiele%20problemen")).isEqualTo(ids("/search?q=Financi%C3%ABle%20problemen"))
			.contains("guide:financiele-problemen-vroeg-hulp");
	}

	@Test
	void searchRanksATitleMatchFirstAndFindsWordStartsInCompounds() throws Exception {
		assertThat(ids("/search?q=wbso").get(0)).isEqualTo("subsidy:wbso");
		assertThat(ids("/search?q=energie%20besparen").get(0)).isEqualTo("guide:energie-besparen");
		assertThat(ids("/search?q=Faillissementswet").get(0)).isEqualTo("regulation:bwbr0001860");
		// "energie" finds "Energie-investeringsaftrek" and the SBI code for energy from waste through word starts.
		assertThat(ids("/search?q=energie&pageSize=100")).contains("subsidy:eia", "subsidy:isde");
		// Provider names and SBI labels are searched too.
		assertThat(ids("/search?q=ondernemersklankbord").get(0)).isEqualTo("provider:ondernemersklankbord");
		assertThat(ids("/search?q=kappers&type=sbi-code")).contains("sbi-code:9621");
	}

	@Test
	void searchHighlightsWithOffsetsInPlainText() throws Exception {
		String body = get("/search?q=energie%20besparen&pageSize=1").body();
		String title = JsonPath.read(body, "$._embedded.results[0].title");
		List<Map<String, Integer>> highlights = JsonPath.read(body, "$._embedded.results[0].titleHighlights");
		assertThat(highlights).isNotEmpty();
		assertThat(highlights.stream().map(h -> title.substring(h.get("start"), h.get("end")).toLowerCase()))
			.contains("energie", "besparen");
		String snippet = JsonPath.read(body, "$._embedded.results[0].snippet.text");
		List<Map<String, Integer>> marks = JsonPath.read(body, "$._embedded.results[0].snippet.highlights");
		assertThat(marks).isNotEmpty().allSatisfy(h -> assertThat(snippet.substring(h.get("start"), h.get("end")).toLowerCase())
			.matches("energ.*|bespa.*"));
		assertThat(body).doesNotContain("<em>", "<mark>", "<b>");
	}

	@Test
	void searchTakesTheCollectionFiltersAndPages() throws Exception {
		assertThat(ids("/search?q=subsidie&type=subsidy&pageSize=100")).allMatch(id -> id.startsWith("subsidy:"));
		assertThat(ids("/search?q=innovatie&status=open&pageSize=100")).contains("subsidy:wbso")
			.allMatch(id -> id.startsWith("subsidy:")).doesNotContain("subsidy:mit-kennisvoucher");
		// A Groningen business sees the NOM's fund; one in Limburg does not.
		assertThat(ids("/search?q=risicokapitaal&municipality=GM0014&pageSize=100")).contains("subsidy:nom-risicokapitaal");
		assertThat(ids("/search?q=risicokapitaal&municipality=GM0935&pageSize=100")).doesNotContain("subsidy:nom-risicokapitaal");
		assertThat(ids("/search?q=personeel&theme=arbeidsmarkt-en-personeel&pageSize=100"))
			.noneMatch(id -> id.startsWith("theme:") || id.startsWith("sbi-code:"));

		String first = get("/search?q=subsidie&pageSize=2").body();
		assertThat(JsonPath.<Integer>read(first, "$.page.size")).isEqualTo(2);
		assertThat(JsonPath.<String>read(first, "$._links.next.href")).endsWith("/api/v1/search?q=subsidie&pageSize=2&page=2");
		List<String> both = ids("/search?q=subsidie&pageSize=4");
		assertThat(ids("/search?q=subsidie&pageSize=2&page=2")).isEqualTo(both.subList(2, 4));
	}

	@Test
	void searchRefusesBadInputWithProblemDetails() throws Exception {
		assertProblem("/search", "q", "required");
		assertProblem("/search?q=%20%20", "q", "required");
		assertProblem("/search?q=" + "a".repeat(201), "q", "tooLong");
		assertProblem("/search?q=de%20het", "q", "malformed");
		assertProblem("/search?q=energie&type=boek", "type", "unknownValue");
		assertProblem("/search?q=energie&municipality=Utrecht", "municipality", "malformed");
		assertProblem("/search?q=energie&sort=title", "sort", "unknownParameter");
		HttpResponse<String> beyond = get("/search?q=wbso&page=99");
		assertThat(beyond.statusCode()).isEqualTo(404);
	}

	// ------------------------------------------------------------------------------------------------- referral

	@Test
	void refersABakeryWithEnergyCostsToProvidersWithReasonsAndChannels() throws Exception {
		HttpResponse<String> response = get("/referrals?question="
				+ encode("Mijn energiekosten zijn enorm gestegen, hoe kan ik besparen?") + "&municipality=GM0344&sbi=1071");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("ETag")).isPresent();
		String body = response.body();
		assertThat(JsonPath.<List<String>>read(body, "$.interpretation.themes[*].identifier")).contains("verduurzaming");
		assertThat(JsonPath.<List<String>>read(body, "$.interpretation.themes[0].words")).contains("energiekosten");
		assertThat(JsonPath.<String>read(body, "$.interpretation.province.identifier")).isEqualTo("pv26");
		assertThat(JsonPath.<String>read(body, "$.providers[0].identifier")).isEqualTo("rvo");
		assertThat(JsonPath.<List<String>>read(body, "$.providers[0].reasons[*].code")).contains("handlesTheme",
				"competentAuthority");
		assertThat(JsonPath.<List<String>>read(body, "$.providers[0].channels[*].identifier")).contains("rvo-website");
		assertThat(JsonPath.<String>read(body, "$.providers[0]._links.self.href")).endsWith("/api/v1/providers/rvo");
		assertThat(JsonPath.<List<String>>read(body, "$.providers[*].identifier")).contains("provincie-utrecht");
		assertThat(JsonPath.<List<String>>read(body, "$.schemes[*].status.identifier")).first().isEqualTo("open");
		assertThat(JsonPath.<List<String>>read(body, "$.guides[*].identifier")).contains("energie-besparen");
		assertThat(JsonPath.<String>read(body, "$.providers[0].reasons[0].text")).isNotBlank();
	}

	@Test
	void alwaysNamesAtLeastOneProvider() throws Exception {
		String body = get("/referrals?municipality=GM0344").body();
		assertThat(JsonPath.<List<String>>read(body, "$.providers[*].identifier")).contains("gemeente-utrecht", "kvk");
		assertThat(JsonPath.<List<String>>read(body, "$.providers[0].reasons[*].code")).contains("fallback");
		String nothing = get("/referrals?question=" + encode("Waar vind ik een goede zwemleraar?")).body();
		assertThat(JsonPath.<List<String>>read(nothing, "$.providers[*].identifier")).isNotEmpty();
	}

	@Test
	void answersAFormerMunicipalityViaItsSuccessor() throws Exception {
		// Appingedam merged into Eemsdelta on 1 January 2021.
		String body = get("/referrals?question=" + encode("Ik heb schulden") + "&municipality=GM0003").body();
		assertThat(JsonPath.<String>read(body, "$.interpretation.municipality.identifier")).isEqualTo("gm1979");
		assertThat(JsonPath.<String>read(body, "$.interpretation.replacedMunicipality.name")).isEqualTo("Appingedam");
		assertThat(JsonPath.<List<String>>read(body, "$.providers[*].identifier")).contains("gemeente-eemsdelta");
		// Haaren was split over four municipalities: the answer names them.
		HttpResponse<String> split = get("/referrals?question=" + encode("Ik heb schulden") + "&municipality=GM0788");
		assertThat(split.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(split.body(), "$.invalidParams[0].allowedValues")).containsExactly("GM0757",
				"GM0824", "GM0855", "GM0865");
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		String body = get("/referrals?question=" + encode("Ik wil exporteren naar Duitsland") + "&lang=en").body();
		assertThat(JsonPath.<String>read(body, "$.interpretation.themes[0].label")).isEqualTo("Internationalisation");
		assertThat(JsonPath.<List<String>>read(body, "$.providers[0].reasons[*].text")).anyMatch(t -> t.startsWith("Helps with"));
	}

	@Test
	void referralRefusesBadInputWithProblemDetails() throws Exception {
		assertProblem("/referrals", "question", "required");
		assertProblem("/referrals?question=", "question", "required");
		assertProblem("/referrals?question=" + "a".repeat(501), "question", "tooLong");
		assertProblem("/referrals?question=energie&municipality=GM9999", "municipality", "unknownValue");
		assertProblem("/referrals?question=energie&sbi=99999", "sbi", "unknownValue");
		assertProblem("/referrals?question=energie&theme=koffie", "theme", "unknownValue");
		assertProblem("/referrals?question=energie&employees=-1", "employees", "minimum");
		assertProblem("/referrals?question=energie&employees=veel", "employees", "malformed");
	}

	@Test
	void allowsBrowsersFromAnyOrigin() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/referrals?question=btw"))
			.header("Origin", "https://example.org").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
	}

	// ------------------------------------------------------------------------------------------------- helpers

	private void assertProblem(String path, String parameter, String code) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JsonPath.<List<String>>read(response.body(), "$.invalidParams[*].name")).as(path).contains(parameter);
		assertThat(JsonPath.<List<String>>read(response.body(), "$.invalidParams[*].code")).as(path).contains(code);
	}

	private List<String> ids(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		List<String> types = JsonPath.read(response.body(), "$._embedded.results[*].type");
		List<String> identifiers = JsonPath.read(response.body(), "$._embedded.results[*].identifier");
		return java.util.stream.IntStream.range(0, types.size()).mapToObj(i -> types.get(i) + ":" + identifiers.get(i)).toList();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + "/api/v1" + path);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
