package nl.openmkb.catalogue.quality;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import nl.openmkb.catalogue.feedback.FeedbackPublisher;
import nl.openmkb.catalogue.harvest.HarvestProperties;
import nl.openmkb.catalogue.harvest.HarvestRun.Outcome;
import nl.openmkb.catalogue.harvest.Harvester;
import nl.openmkb.catalogue.harvest.StewardshipIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The quality report (JSON and RDF) and feedback, over harvested data and a WireMock link target. */
class QualityAndFeedbackIntegrationTests extends StewardshipIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Harvester harvester;

	@Autowired
	HarvestProperties properties;

	@Autowired
	LinkChecker links;

	@Autowired
	FeedbackPublisher publisher;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void reportListsEverySourceAStaleItemAndABrokenLink() throws Exception {
		String missing = UPSTREAM.baseUrl() + "/weg-pagina";
		String present = UPSTREAM.baseUrl() + "/goede-pagina";
		UPSTREAM.stubFor(head(urlPathEqualTo("/weg-pagina")).willReturn(aResponse().withStatus(404)));
		UPSTREAM.stubFor(head(urlPathEqualTo("/goede-pagina")).willReturn(aResponse().withStatus(200)));
		UPSTREAM.stubFor(get(urlPathEqualTo("/scheme.ttl")).willReturn(aResponse().withHeader("Content-Type", "text/turtle")
			.withBody(data("scheme.ttl", "verouderde-regeling", "Verouderde regeling", missing, "2020-01-01"))));
		UPSTREAM.stubFor(get(urlPathEqualTo("/schemes.csv")).willReturn(aResponse().withHeader("Content-Type", "text/csv")
			.withBody(data("schemes.csv", "verse-regeling", "Verse regeling", present, "2026-11-20"))));
		assertThat(harvester.harvest(properties.source("turtle"), "test").outcome()).isIn(Outcome.LOADED, Outcome.UNCHANGED);
		assertThat(harvester.harvest(properties.source("csv"), "test").outcome()).isIn(Outcome.LOADED, Outcome.UNCHANGED);
		LinkChecker.Result result = links.checkNow(url -> url.startsWith(UPSTREAM.baseUrl()));
		assertThat(result.checked()).isEqualTo(2);

		HttpResponse<String> json = fetch("/api/v1/quality", "application/json");
		assertThat(json.statusCode()).isEqualTo(200);
		for (String source : new String[] { "turtle", "jsonld", "rdfxml", "csv", "sparql", "sc", "faults" }) {
			assertThat(json.body()).contains("\"id\":\"" + source + "\"");
		}
		assertThat(json.body()).containsPattern("\"id\":\"turtle\",[^}]*\"lastOutcome\":\"(LOADED|UNCHANGED)\"");
		assertThat(json.body()).contains("http://localhost:8080/id/subsidy/verouderde-regeling")
			.doesNotContain("\"item\":\"http://localhost:8080/id/subsidy/verse-regeling\"");
		assertThat(json.body()).contains("\"url\":\"" + missing + "\",\"status\":404").doesNotContain("\"url\":\"" + present);
		assertThat(json.body()).contains("\"warnings\":[{\"shape\":");
		assertThat(json.body()).contains("\"coverage\"").contains("\"provinces\"").contains("Utrecht");
		assertThat(json.headers().firstValue("Cache-Control")).hasValue("no-cache");

		HttpResponse<String> turtle = fetch("/api/v1/quality", "text/turtle");
		assertThat(turtle.statusCode()).isEqualTo(200);
		assertThat(turtle.body()).contains("QualityReport").contains("Activity").contains("BrokenLink")
			.contains("verouderde-regeling");
	}

	@Test
	void feedbackIsCheckedAggregatedAndPublishedAsOpenData() throws Exception {
		assertThat(post("{\"item\":\"subsidy/wbso\",\"score\":10,\"comment\":\"Helder\"}").statusCode()).isEqualTo(202);
		assertThat(post("{\"item\":\"http://localhost:8080/id/subsidy/wbso\",\"score\":9}").statusCode()).isEqualTo(202);
		assertThat(post("{\"item\":\"provider/kvk\",\"score\":3}").statusCode()).isEqualTo(202);

		HttpResponse<String> outOfRange = post("{\"item\":\"subsidy/wbso\",\"score\":11}");
		assertThat(outOfRange.statusCode()).isEqualTo(400);
		assertThat(outOfRange.body()).contains("invalid-feedback").contains("\"name\":\"score\"");
		assertThat(post("{\"item\":\"subsidy/wbso\",\"score\":-1}").statusCode()).isEqualTo(400);
		assertThat(post("{\"item\":\"subsidy/bestaat-niet\",\"score\":5}").body()).contains("\"name\":\"item\"");
		assertThat(post("{\"item\":\"theme/innovatie\",\"score\":5}").statusCode()).isEqualTo(400);
		assertThat(post("{\"item\":\"subsidy/wbso\",\"score\":5,\"comment\":\"" + "a".repeat(501) + "\"}").body())
			.contains("\"name\":\"comment\"");
		assertThat(post("not json").statusCode()).isEqualTo(400);
		assertThat(post("null").statusCode()).isEqualTo(400);
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/feedback"))
			.header("Content-Type", "text/plain").POST(BodyPublishers.ofString("{\"item\":\"subsidy/wbso\",\"score\":5}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(form.statusCode()).isEqualTo(415);
		assertThat(form.body()).contains("invalid-feedback");
		assertThat(post("{\"item\":\"subsidy/wbso\",\"score\":5,\"x\":\"" + "a".repeat(10_000) + "\"}").body())
			.contains("larger than");
		assertThat(post("{\"item\":\"subsidy/wbso\",\"score\":\"tien\"}").statusCode()).isEqualTo(400);

		String report = fetch("/api/v1/quality", "application/json").body();
		assertThat(report).contains("\"item\":\"http://localhost:8080/id/subsidy/wbso\"");
		assertThat(report).doesNotContain("Helder");

		assertThat(publisher.publish()).isIn("LOADED", "UNCHANGED");
		String query = "SELECT ?n ?nps WHERE { GRAPH <http://localhost:8080/graph/feedback> { ?r a <https://schema.org/AggregateRating> ; "
				+ "<https://schema.org/itemReviewed> <http://localhost:8080/id/provider/kvk> ; <https://schema.org/ratingCount> ?n ; "
				+ "<https://w3id.org/open-mkb/def#netPromoterScore> ?nps } }";
		HttpResponse<String> sparql = fetch("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
		assertThat(sparql.statusCode()).isEqualTo(200);
		assertThat(sparql.body()).contains("1,-100");
		String everything = fetch("/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p \"Helder\" }", StandardCharsets.UTF_8), "text/csv").body();
		assertThat(everything.strip()).isEqualTo("s,p");
	}

	private HttpResponse<String> fetch(String path, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/feedback"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
