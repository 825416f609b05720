package nl.openmkb.catalogue.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import nl.openmkb.catalogue.harvest.HarvestException.Cause;
import nl.openmkb.catalogue.harvest.HarvestRun.Outcome;
import nl.openmkb.catalogue.store.CatalogueStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Harvests from WireMock: each source type loads valid data that then shows in the REST API and SPARQL; every fault
 * leaves the last good graph served and is recorded with its cause.
 */
class HarvestIntegrationTests extends StewardshipIntegrationTest {

	private static final String GOOD_TITLE = "Goede foutenregeling";

	@Autowired
	Harvester harvester;

	@Autowired
	HarvestProperties properties;

	@Autowired
	RunLog runs;

	@Autowired
	CatalogueStore store;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void turtleHarvestThatChangesDataShowsInRestSparqlAndTheChangeStream() throws Exception {
		long before = store.lastSequence();
		stub("/scheme.ttl", "text/turtle", data("scheme.ttl", "oogst-turtle", "Oogstregeling een", "https://example.org/a", "2026-11-01"));
		assertThat(harvest("turtle").outcome()).isEqualTo(Outcome.LOADED);
		assertThat(rest("/api/v1/subsidies/oogst-turtle")).contains("Oogstregeling een");
		assertThat(sparqlTitles("oogst-turtle")).contains("Oogstregeling een");
		// Other tests in this context may have harvested the same scheme before: created, or updated from their text.
		assertThat(changesAfter(before, "oogst-turtle")).singleElement().isIn("created", "updated");
		long afterFirst = store.lastSequence();

		stub("/scheme.ttl", "text/turtle", data("scheme.ttl", "oogst-turtle", "Oogstregeling twee", "https://example.org/a", "2026-11-02"));
		HarvestRun changed = harvest("turtle");
		assertThat(changed.outcome()).isEqualTo(Outcome.LOADED);
		assertThat(rest("/api/v1/subsidies/oogst-turtle")).contains("Oogstregeling twee").doesNotContain("Oogstregeling een");
		assertThat(sparqlTitles("oogst-turtle")).contains("Oogstregeling twee").doesNotContain("Oogstregeling een");
		assertThat(changesAfter(afterFirst, "oogst-turtle")).containsExactly("updated");
		long afterSecond = store.lastSequence();
		assertThat(harvest("turtle").outcome()).isEqualTo(Outcome.UNCHANGED);
		assertThat(store.lastSequence()).isEqualTo(afterSecond);
	}

	@Test
	void jsonLdRdfXmlCsvSparqlAndSamenwerkendeCatalogiSourcesLoad() throws Exception {
		stub("/scheme.jsonld", "application/ld+json", data("scheme.jsonld", "oogst-jsonld", "JSON-LD-regeling", "https://example.org/j", "2026-11-01"));
		stub("/scheme.rdf", "application/rdf+xml", data("scheme.rdf", "oogst-rdfxml", "RDF/XML-regeling", "https://example.org/r", "2026-11-01"));
		stub("/schemes.csv", "text/csv; charset=utf-8", data("schemes.csv", "oogst-csv", "CSV-regeling", "https://example.org/c", "2026-11-01"));
		UPSTREAM.stubFor(get(urlPathEqualTo("/sparql")).withQueryParam("query", equalTo("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))
			.willReturn(ok("text/turtle", data("scheme.ttl", "oogst-sparql", "SPARQL-regeling", "https://example.org/s", "2026-11-01"))));
		stub("/products.xml", "application/xml", data("products.xml", "ondernemersloket-subsidie", "Subsidie voor de gevel", "https://www.utrecht.example/gevel", "2026-10-01"));

		for (String source : new String[] { "jsonld", "rdfxml", "csv", "sparql", "sc" }) {
			HarvestRun run = harvest(source);
			assertThat(run.outcome()).as(source + ": " + run.message() + run.violations()).isEqualTo(Outcome.LOADED);
		}
		assertThat(rest("/api/v1/subsidies/oogst-jsonld")).contains("JSON-LD-regeling");
		assertThat(rest("/api/v1/subsidies/oogst-rdfxml")).contains("RDF/XML-regeling");
		assertThat(rest("/api/v1/subsidies/oogst-csv")).contains("CSV-regeling").contains("digitalisering");
		assertThat(rest("/api/v1/subsidies/oogst-sparql")).contains("SPARQL-regeling");
		HarvestRun sc = runs.runs("sc", 1).get(0);
		assertThat(sc.message()).contains("1 products mapped, 1 skipped").contains("Paspoort aanvragen: not for businesses");
		String product = rest("/api/v1/subsidies/sc-ondernemersloket-subsidie");
		assertThat(product).contains("Subsidie voor de gevel").contains("gemeente-utrecht").contains("gm0344");
	}

	@Test
	void conditionalGetAnswersNotModified() {
		UPSTREAM.stubFor(get(urlPathEqualTo("/scheme.ttl")).atPriority(5).willReturn(ok("text/turtle",
				data("scheme.ttl", "oogst-turtle", "Oogstregeling etag", "https://example.org/a", "2026-11-03"))
			.withHeader("ETag", "\"v7\"")));
		UPSTREAM.stubFor(get(urlPathEqualTo("/scheme.ttl")).atPriority(1).withHeader("If-None-Match", equalTo("\"v7\""))
			.willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v7\"")));
		assertThat(harvest("turtle").outcome()).isIn(Outcome.LOADED, Outcome.UNCHANGED);
		HarvestRun second = harvest("turtle");
		assertThat(second.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
		assertThat(second.triples()).isPositive();
		UPSTREAM.resetMappings();
	}

	static Stream<Arguments> faults() {
		String good = data("scheme.ttl", "oogst-fouten", GOOD_TITLE, "https://example.org/f", "2026-11-01");
		String big = "# " + "x".repeat(100 * 1024) + "\n" + good;
		String withoutAudience = good.replace("dct:audience <id/audience/mkb-breed> ;", "");
		return Stream.of(
				Arguments.of("timeout", ok("text/turtle", good).withFixedDelay(4000), Cause.TIMEOUT),
				Arguments.of("404", aResponse().withStatus(404), Cause.HTTP_STATUS),
				Arguments.of("500", aResponse().withStatus(500), Cause.HTTP_STATUS),
				Arguments.of("truncated body", ok("text/turtle", good.substring(0, good.length() / 2)), Cause.MALFORMED),
				Arguments.of("malformed body", ok("text/turtle", "this is <not turtle"), Cause.MALFORMED),
				Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), Cause.CONNECTION),
				Arguments.of("wrong content type", ok("text/html", "<html>Onderhoud</html>"), Cause.CONTENT_TYPE),
				Arguments.of("shape violation", ok("text/turtle", withoutAudience), Cause.SHAPE_VIOLATIONS),
				Arguments.of("over the size limit", ok("text/turtle", big), Cause.TOO_LARGE),
				Arguments.of("redirect outside the allow-list",
						aResponse().withStatus(302).withHeader("Location", ELSEWHERE.baseUrl() + "/faults.ttl"),
						Cause.REDIRECT_REFUSED),
				Arguments.of("empty body", ok("text/turtle", "# nothing\n"), Cause.MALFORMED),
				Arguments.of("another source's resource", ok("text/turtle", good + "\n<id/subsidy/wbso> <http://purl.org/dc/terms/title> \"Overschreven\"@nl .\n"),
						Cause.CONFLICT));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void everyFaultKeepsTheLastGoodGraphAndIsReportedWithItsCause(String name, ResponseDefinitionBuilder fault, Cause cause)
			throws Exception {
		stub("/faults.ttl", "text/turtle", data("scheme.ttl", "oogst-fouten", GOOD_TITLE, "https://example.org/f", "2026-11-01"));
		HarvestRun good = harvest("faults");
		assertThat(good.outcome()).isIn(Outcome.LOADED, Outcome.UNCHANGED);
		ELSEWHERE.resetRequests();

		UPSTREAM.stubFor(get(urlPathEqualTo("/faults.ttl")).willReturn(fault));
		HarvestRun failed = harvest("faults");

		assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(failed.cause()).as(failed.message()).isEqualTo(cause);
		assertThat(failed.message()).isNotBlank();
		if (cause == Cause.SHAPE_VIOLATIONS) {
			assertThat(failed.violations()).anySatisfy(v -> assertThat(v).contains("audience"));
		}
		assertThat(runs.runs("faults", 1).get(0)).isEqualTo(failed);
		assertThat(rest("/api/v1/subsidies/oogst-fouten")).contains(GOOD_TITLE);
		assertThat(ELSEWHERE.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	static Stream<Arguments> sourceTypeFaults() {
		return Stream.of("jsonld", "rdfxml", "csv", "sparql", "sc").flatMap(source -> Stream.of(
				Arguments.of(source, aResponse().withStatus(503), Cause.HTTP_STATUS),
				Arguments.of(source, ok("text/html", "<html>Onderhoud</html>"), Cause.CONTENT_TYPE),
				Arguments.of(source, ok(GOOD.get(source)[1], GOOD.get(source)[2].substring(0, GOOD.get(source)[2].length() / 2)),
						Cause.MALFORMED)));
	}

	/** Per source: path, media type, a valid body whose scheme is called "Vaste regeling {source}". */
	private static final java.util.Map<String, String[]> GOOD = java.util.Map.of(
			"jsonld", new String[] { "/scheme.jsonld", "application/ld+json", data("scheme.jsonld", "vast-jsonld", "Vaste regeling jsonld", "https://example.org/v", "2026-11-01") },
			"rdfxml", new String[] { "/scheme.rdf", "application/rdf+xml", data("scheme.rdf", "vast-rdfxml", "Vaste regeling rdfxml", "https://example.org/v", "2026-11-01") },
			"csv", new String[] { "/schemes.csv", "text/csv", data("schemes.csv", "vast-csv", "Vaste regeling csv", "https://example.org/v", "2026-11-01") },
			"sparql", new String[] { "/sparql", "application/n-triples", "" },
			"sc", new String[] { "/products.xml", "application/xml", data("products.xml", "vast-sc", "Vaste regeling sc", "https://www.utrecht.example/v", "2026-11-01") });

	@ParameterizedTest(name = "{0}: {2}")
	@MethodSource("sourceTypeFaults")
	void everySourceTypeKeepsItsLastGoodGraphOnFaults(String source, ResponseDefinitionBuilder fault, Cause cause) throws Exception {
		String[] good = GOOD.get(source);
		String body = source.equals("sparql") ? sparqlAnswer() : good[2];
		UPSTREAM.stubFor(get(urlPathEqualTo(good[0])).willReturn(ok(good[1], body)));
		HarvestRun loaded = harvest(source);
		assertThat(loaded.outcome()).as(loaded.message() + loaded.violations()).isIn(Outcome.LOADED, Outcome.UNCHANGED);

		UPSTREAM.stubFor(get(urlPathEqualTo(good[0])).willReturn(fault));
		HarvestRun failed = harvest(source);

		assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(failed.cause()).as(failed.message()).isEqualTo(cause);
		String slug = source.equals("sc") ? "sc-vast-sc" : "vast-" + source;
		assertThat(rest("/api/v1/subsidies/" + slug)).startsWith("200").contains("Vaste regeling " + source);
	}

	private static String sparqlAnswer() {
		org.apache.jena.rdf.model.Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
		org.apache.jena.riot.RDFParser.fromString(data("scheme.ttl", "vast-sparql", "Vaste regeling sparql", "https://example.org/v",
				"2026-11-01"), org.apache.jena.riot.Lang.TURTLE).base("http://localhost:8080/").parse(model);
		java.io.StringWriter out = new java.io.StringWriter();
		org.apache.jena.riot.RDFDataMgr.write(out, model, org.apache.jena.riot.Lang.NTRIPLES);
		return out.toString();
	}

	@Test
	void redirectWithinTheAllowListIsFollowed() throws Exception {
		UPSTREAM.stubFor(get(urlPathEqualTo("/faults.ttl")).willReturn(aResponse().withStatus(301).withHeader("Location", "/moved.ttl")));
		stub("/moved.ttl", "text/turtle", data("scheme.ttl", "oogst-fouten", GOOD_TITLE, "https://example.org/f", "2026-11-01"));
		assertThat(harvest("faults").outcome()).isIn(Outcome.LOADED, Outcome.UNCHANGED);
	}

	@Test
	void remoteJsonLdContextsAndXmlEntitiesAreNeverFetched() {
		UPSTREAM.stubFor(get(urlPathEqualTo("/secret")).willReturn(ok("text/plain", "geheim")));
		UPSTREAM.stubFor(get(urlPathEqualTo("/context.jsonld")).willReturn(ok("application/ld+json", "{\"@context\":{}}")));
		stub("/scheme.jsonld", "application/ld+json", "{\"@context\": \"" + UPSTREAM.baseUrl() + "/context.jsonld\", \"@id\": \"http://localhost:8080/id/subsidy/x\"}");
		stub("/scheme.rdf", "application/rdf+xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + UPSTREAM.baseUrl()
				+ "/secret\">]><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dct=\"http://purl.org/dc/terms/\">"
				+ "<rdf:Description rdf:about=\"http://localhost:8080/id/subsidy/x\"><dct:title>&x;</dct:title></rdf:Description></rdf:RDF>");
		stub("/products.xml", "application/xml", "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"" + UPSTREAM.baseUrl()
				+ "/secret\">]><overheidproduct:scproducten xmlns:overheidproduct=\"http://standaarden.overheid.nl/product/terms/\">&x;</overheidproduct:scproducten>");
		for (String source : new String[] { "jsonld", "rdfxml", "sc" }) {
			HarvestRun run = harvest(source);
			assertThat(run.outcome()).as(source).isEqualTo(Outcome.FAILED);
			assertThat(run.cause()).as(source).isEqualTo(Cause.MALFORMED);
		}
		assertThat(UPSTREAM.findAll(getRequestedFor(urlPathEqualTo("/secret")))).isEmpty();
		assertThat(UPSTREAM.findAll(getRequestedFor(urlPathEqualTo("/context.jsonld")))).isEmpty();
	}

	private HarvestRun harvest(String source) {
		return harvester.harvest(properties.source(source), "test");
	}

	private static void stub(String path, String contentType, String body) {
		UPSTREAM.stubFor(get(urlPathEqualTo(path)).willReturn(ok(contentType, body)));
	}

	private static ResponseDefinitionBuilder ok(String contentType, String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(body);
	}

	/** The kinds of change {@code /api/v1/changes} lists for the harvested scheme {@code slug} after {@code cursor}. */
	private List<String> changesAfter(long cursor, String slug) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/changes?cursor=" + cursor + "&pageSize=1000")).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> kinds = new ArrayList<>();
		for (JsonNode change : JsonMapper.builder().build().readTree(response.body()).get("changes")) {
			if (change.get("id").asString().endsWith("/id/subsidy/" + slug)) {
				kinds.add(change.get("change").asString());
			}
		}
		return kinds;
	}

	private String rest(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/hal+json").build(), HttpResponse.BodyHandlers.ofString());
		return response.statusCode() + " " + response.body();
	}

	private String sparqlTitles(String slug) throws Exception {
		String query = "SELECT ?title WHERE { <http://localhost:8080/id/subsidy/" + slug
				+ "> <http://purl.org/dc/terms/title> ?title }";
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
			.header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
