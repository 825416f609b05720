package nl.openmkb.catalogue.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import nl.openmkb.catalogue.harvest.StewardshipIntegrationTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The admin API refuses missing, wrong and revoked keys and keys for other sources; with a good key it works. */
class AdminApiIntegrationTests extends StewardshipIntegrationTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "GET /api/v1/admin/sources", "GET /api/v1/admin/runs", "POST /api/v1/admin/sources/turtle/harvests",
			"PUT /api/v1/admin/sources/turtle/dataset", "POST /api/v1/admin/link-checks", "POST /api/v1/admin/feedback-publications" })
	void refusesMissingWrongAndRevokedKeys(String request) throws Exception {
		String[] parts = request.split(" ");
		for (String key : new String[] { null, "not-a-key", STEWARD_KEY + "x", REVOKED_KEY }) {
			HttpResponse<String> response = send(parts[0], parts[1], key, "text/turtle", "");
			assertThat(response.statusCode()).as(request + " with " + key).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(t -> assertThat(t).startsWith("Bearer"));
			assertThat(response.body()).contains("\"status\":401").contains("/problems/unauthorized");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1//admin/runs", "/api/v1/%61dmin/runs", "/api/v1/admin/./runs", "/api/v1/x/../admin/runs",
			"/api/v1/admin;x=y/runs", "/API/v1/admin/runs" })
	void oddSpellingsOfTheAdminPathNeverAnswerWithoutAKey(String path) throws Exception {
		HttpResponse<String> response = send("GET", path, null, null, null);
		assertThat(response.statusCode()).as(path).isBetween(400, 499);
		assertThat(response.body()).doesNotContain("\"outcome\"");
	}

	@Test
	void revokedKeyIsNamedInTheProblem() throws Exception {
		assertThat(send("GET", "/api/v1/admin/runs", REVOKED_KEY, null, null).body()).contains("revoked");
	}

	@Test
	void refusesAKeyForAnotherSourceWith403() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/admin/sources/turtle/harvests", UTRECHT_KEY, null, "");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("/problems/forbidden").contains("turtle");
	}

	@Test
	void ownerMayHarvestItsSourceAndSeeTheRun() throws Exception {
		UPSTREAM.stubFor(get(urlPathEqualTo("/products.xml")).willReturn(aResponse().withStatus(503)));
		HttpResponse<String> response = send("POST", "/api/v1/admin/sources/sc/harvests", UTRECHT_KEY, null, "");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"outcome\":\"FAILED\"").contains("\"cause\":\"HTTP_STATUS\"")
			.contains("\"trigger\":\"gemeente-utrecht\"");
		HttpResponse<String> runs = send("GET", "/api/v1/admin/runs?source=sc", UTRECHT_KEY, null, null);
		assertThat(runs.statusCode()).isEqualTo(200);
		assertThat(runs.body()).contains("HTTP 503");
		assertThat(runs.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void uploadIsValidatedLikeAHarvest() throws Exception {
		String good = data("scheme.ttl", "upload-regeling", "Geuploade regeling", "https://example.org/u", "2026-11-05");
		HttpResponse<String> loaded = send("PUT", "/api/v1/admin/sources/turtle/dataset", STEWARD_KEY, "text/turtle", good);
		assertThat(loaded.statusCode()).isEqualTo(200);
		assertThat(loaded.body()).contains("\"outcome\":\"LOADED\"").contains("\"kind\":\"upload\"");
		assertThat(send("GET", "/api/v1/subsidies/upload-regeling", null, null, null).body()).contains("Geuploade regeling");

		HttpResponse<String> invalid = send("PUT", "/api/v1/admin/sources/turtle/dataset", STEWARD_KEY, "text/turtle",
				good.replace("cv:isClassifiedBy <id/scheme-kind/subsidie> ;", ""));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("SHAPE_VIOLATIONS").contains("isClassifiedBy");
		assertThat(send("GET", "/api/v1/subsidies/upload-regeling", null, null, null).body()).contains("Geuploade regeling");

		HttpResponse<String> wrongType = send("PUT", "/api/v1/admin/sources/turtle/dataset", STEWARD_KEY, "text/html", "<p>");
		assertThat(wrongType.statusCode()).isEqualTo(415);
		assertThat(send("PUT", "/api/v1/admin/sources/nope/dataset", STEWARD_KEY, "text/turtle", good).statusCode()).isEqualTo(404);
	}

	@Test
	void listsTheConfiguredSources() throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/admin/sources", STEWARD_KEY, null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"id\":\"turtle\"").contains("\"id\":\"sc\"").contains("SAMENWERKENDE_CATALOGI");
	}

	@Test
	void adminEndpointsAreNotInThePublicOpenApiDocument() throws Exception {
		assertThat(send("GET", "/api/v1/openapi.json", null, null, null).body()).doesNotContain("/admin");
	}

	private HttpResponse<String> send(String method, String path, String key, String contentType, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
