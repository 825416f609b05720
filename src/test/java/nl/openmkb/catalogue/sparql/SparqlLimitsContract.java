package nl.openmkb.catalogue.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.openmkb.catalogue.store.StoreChange;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/**
 * The endpoint's limits and refusals on the running service: read-only, no federation, timeouts that answer 503 and
 * leave nothing behind, the result cap, the cache, bad requests and the query page.
 */
abstract class SparqlLimitsContract extends SparqlEndpointContract {

	/** The first row comes at once, the second only after a join that takes far longer than the timeout. */
	static final String SLOW_AFTER_FIRST_ROW = "SELECT ?n { { BIND(1 AS ?n) } UNION { " + ENDLESS + " } }";

	@Test
	void refusesEveryUpdateAndChangesNothing() throws Exception {
		long generation = store.generation();
		String clear = "CLEAR ALL";
		assertThat(send(HttpRequest.newBuilder(URI.create(endpoint() + "?update=" + encode(clear))).GET()).statusCode()).isEqualTo(403);
		assertThat(post("application/x-www-form-urlencoded", "update=" + encode(clear), "*/*").statusCode()).isEqualTo(403);
		HttpResponse<String> direct = post("application/sparql-update", clear, "*/*");
		assertThat(direct.statusCode()).isEqualTo(403);
		assertThat(problem(direct)).containsEntry("type", SparqlProblem.TYPE_BASE + "read-only");
		assertThat(store.generation()).isEqualTo(generation);
		assertThat(select("SELECT (COUNT(*) AS ?n) { ?s <urn:bulk:p> ?o }")).containsExactly(String.valueOf(BULK_SIZE));
	}

	@Test
	void refusesFederatedQueries() throws Exception {
		for (String query : List.of("SELECT * { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }",
				"ASK { FILTER EXISTS { SERVICE SILENT <http://localhost:1/sparql> { ?s ?p ?o } } }",
				"SELECT * { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <http://localhost:1/sparql> { } })")) {
			HttpResponse<String> response = get(query, "*/*");
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(problem(response)).containsEntry("type", SparqlProblem.TYPE_BASE + "federation-disabled");
		}
	}

	@Test
	void reportsTheParserMessageAndPositionOfAMalformedQuery() throws Exception {
		HttpResponse<String> json = get("SELECT * WHERE {\n  ?s ?p \n}", "application/sparql-results+json, */*;q=0.1");
		assertThat(json.statusCode()).isEqualTo(400);
		assertThat(contentType(json)).isEqualTo("application/problem+json");
		Map<String, Object> problem = problem(json);
		assertThat(problem).containsEntry("type", SparqlProblem.TYPE_BASE + "malformed-query")
			.containsEntry("status", 400)
			.containsEntry("line", 3)
			.containsEntry("column", 1);
		assertThat((String) problem.get("detail")).contains("Encountered");
		HttpResponse<String> text = get("SELECT * WHERE {", "text/plain");
		assertThat(text.statusCode()).isEqualTo(400);
		assertThat(contentType(text)).isEqualTo("text/plain");
		assertThat(text.body()).startsWith("400 The query is not valid SPARQL 1.1").contains("line 1, column");
	}

	@Test
	void refusesBadProtocolRequestsWithProblems() throws Exception {
		HttpResponse<String> twoQueries = send(HttpRequest.newBuilder(URI.create(endpoint() + "?query=ASK%7B%7D&query=ASK%7B%7D")).GET());
		assertThat(twoQueries.statusCode()).isEqualTo(400);
		assertThat(problem(twoQueries)).containsEntry("type", SparqlProblem.TYPE_BASE + "duplicate-query");
		HttpResponse<String> noType = send(HttpRequest.newBuilder(URI.create(endpoint())).POST(HttpRequest.BodyPublishers.ofString("ASK {}")));
		assertThat(noType.statusCode()).isEqualTo(415);
		HttpResponse<String> latin1 = send(HttpRequest.newBuilder(URI.create(endpoint()))
			.header("Content-Type", "application/sparql-query")
			.POST(HttpRequest.BodyPublishers.ofByteArray("ASK { FILTER(\"caf\u00e9\" != \"\") }".getBytes(StandardCharsets.ISO_8859_1))));
		assertThat(latin1.statusCode()).isEqualTo(400);
		assertThat(problem(latin1)).containsEntry("type", SparqlProblem.TYPE_BASE + "not-utf8");
		HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(endpoint() + "?query=ASK%7B%7D"))
			.PUT(HttpRequest.BodyPublishers.noBody()));
		assertThat(put.statusCode()).isEqualTo(405);
		assertThat(put.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
		HttpResponse<String> badTimeout = send(HttpRequest.newBuilder(URI.create(endpoint() + "?timeout=soon&query=ASK%7B%7D")).GET());
		assertThat(badTimeout.statusCode()).isEqualTo(400);
		assertThat(problem(badTimeout)).containsKey("invalidParams");
		HttpResponse<String> badGraph = send(HttpRequest.newBuilder(URI.create(endpoint() + "?default-graph-uri=not%20an%20iri&query=ASK%7B%7D")).GET());
		assertThat(badGraph.statusCode()).isEqualTo(400);
		HttpResponse<String> empty = post("application/sparql-query", "  ", "*/*");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(problem(empty)).containsEntry("type", SparqlProblem.TYPE_BASE + "missing-query");
		assertThat(List.of(twoQueries, noType, latin1, put, badTimeout, badGraph, empty))
			.allSatisfy(response -> assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat "));
	}

	@Test
	void answers503WhenAQueryRunsPastTheTimeoutAndStillAnswersAfterwards() throws Exception {
		long threadsBefore = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("sparql-timeout")).count();
		long started = System.nanoTime();
		HttpResponse<String> endless = get(ENDLESS, "*/*");
		assertThat(endless.statusCode()).isEqualTo(503);
		assertThat(problem(endless)).containsEntry("type", SparqlProblem.TYPE_BASE + "query-timeout");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

		HttpResponse<String> afterFirstRow = get(SLOW_AFTER_FIRST_ROW, "application/sparql-results+json");
		assertThat(afterFirstRow.statusCode()).isEqualTo(503);
		assertThat(contentType(afterFirstRow)).isEqualTo("application/problem+json");
		assertThat(afterFirstRow.body()).doesNotContain("\"bindings\"");

		long clientStarted = System.nanoTime();
		HttpResponse<String> clientTimeout = send(HttpRequest.newBuilder(URI.create(endpoint() + "?timeout=0.2&query=" + encode(ENDLESS))).GET());
		assertThat(clientTimeout.statusCode()).isEqualTo(503);
		assertThat(Duration.ofNanos(System.nanoTime() - clientStarted)).isLessThan(Duration.ofMillis(1400));

		assertThat(select("SELECT (COUNT(*) AS ?n) { ?s <urn:bulk:p> ?o }")).containsExactly(String.valueOf(BULK_SIZE));
		long threadsAfter = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("sparql-timeout")).count();
		assertThat(threadsAfter).isEqualTo(threadsBefore);
		assertNothingLeftBehind();
	}

	/** Checks, where the store allows it, that no read transaction outlived its request. */
	void assertNothingLeftBehind() throws Exception {
	}

	@Test
	void refusesAResultLargerThanTheCapInsteadOfCuttingItShort() throws Exception {
		HttpResponse<String> response = get("SELECT * { ?a <urn:bulk:p> ?x . ?b <urn:bulk:p> ?y FILTER(?x < 10) }", "*/*");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(problem(response)).containsEntry("type", SparqlProblem.TYPE_BASE + "result-too-large");
		HttpResponse<String> graph = get("CONSTRUCT { ?a <urn:x> ?b } WHERE { ?a <urn:bulk:p> ?x . ?b <urn:bulk:p> ?y FILTER(?x < 10) }", "*/*");
		assertThat(graph.statusCode()).isEqualTo(400);
		assertThat(get("SELECT * { ?a <urn:bulk:p> ?x } LIMIT 1000", "*/*").statusCode()).isEqualTo(200);
	}

	@Test
	void answersRepeatedQueriesFromTheCacheUntilTheStoreChanges() throws Exception {
		String query = "SELECT ?v { ?s <urn:changes:p> ?v }";
		HttpResponse<String> first = get(query, "text/csv");
		assertThat(first.headers().firstValue("Cache-Status")).hasValueSatisfying(v -> assertThat(v).contains("miss"));
		HttpResponse<String> second = get(query, "text/csv");
		assertThat(second.headers().firstValue("Cache-Status")).hasValueSatisfying(v -> assertThat(v).contains("hit"));
		assertThat(second.body()).isEqualTo(first.body());
		// A hit is served before Spring MVC; it must look like the answer the controller gives.
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
		assertThat(second.headers().firstValue("Vary")).isEqualTo(first.headers().firstValue("Vary"));
		assertThat(second.headers().firstValue("Content-Length")).hasValue(String.valueOf(
				first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
		HttpResponse<String> browser = get(query, "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(contentType(browser)).isEqualTo("text/html");
		assertThat(get(query, "image/png").statusCode()).isEqualTo(406);
		assertThat(get(query, "text/tab-separated-values").headers().firstValue("Cache-Status"))
			.hasValueSatisfying(v -> assertThat(v).contains("miss"));

		Model change = ModelFactory.createDefaultModel();
		change.add(change.createResource("urn:changes:s"), change.createProperty("urn:changes:p"), "changed " + System.nanoTime());
		store.apply(StoreChange.replacing(replacement(CHANGES_GRAPH, change)));

		HttpResponse<String> afterWrite = get(query, "text/csv");
		assertThat(afterWrite.headers().firstValue("Cache-Status")).hasValueSatisfying(v -> assertThat(v).contains("miss"));
		assertThat(afterWrite.body()).contains("changed ");
	}

	@Test
	void servesTheQueryPageToBrowsersWithOurOwnAssetsAndEverythingEscaped() throws Exception {
		String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(endpoint() + "?query="
				+ encode("SELECT * { ?s ?p \"</textarea><script>alert(1)</script>\" }"))).header("Accept", browser).GET());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(contentType(page)).isEqualTo("text/html");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("script-src 'self'").doesNotContain("unsafe-inline"));
		assertThat(page.body()).contains("<textarea id=\"query\"")
			.contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)")
			.contains("Subsidies and other schemes per theme", "Providers serving a municipality", "Regulations behind each scheme")
			.doesNotContain("http://cdn", "https://cdn", "//unpkg", "//cdnjs");
		assertThat(page.body()).containsPattern("<script src=\"/sparql/ui/query.js\"");
		HttpResponse<String> script = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql/ui/query.js")).GET());
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("textContent").doesNotContain("innerHTML");
		assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql/ui/query.css")).GET()).statusCode()).isEqualTo(200);
		HttpResponse<String> plainGet = send(HttpRequest.newBuilder(URI.create(endpoint())).header("Accept", browser).GET());
		assertThat(contentType(plainGet)).isEqualTo("text/html");
	}

}
