package nl.openmkb.catalogue.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.GraphNames;
import nl.openmkb.catalogue.store.SourceGraph;
import nl.openmkb.catalogue.store.StoreChange;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * What the SPARQL endpoint promises, tested against the running service over HTTP: the W3C protocol tests, every
 * result format through Jena's own client, the dataset, the limits and the errors. Runs on each kind of store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "catalogue.curated.load-on-start=false", "catalogue.base-uri=" + SparqlEndpointContract.BASE,
		"catalogue.sparql.timeout=1500ms", "catalogue.sparql.max-results=1000" })
abstract class SparqlEndpointContract {

	static final String BASE = "http://test.example/";

	static final String CATALOGUE_GRAPH = GraphNames.sourceGraph(BASE, "test/catalogue");

	static final String BULK_GRAPH = GraphNames.sourceGraph(BASE, "test/bulk");

	static final String CHANGES_GRAPH = GraphNames.sourceGraph(BASE, "test/changes");

	static final String SYSTEM_GRAPH = GraphNames.systemGraph(BASE);

	/** Rows of the bulk graph; three of them joined make a query that never finishes in time. */
	static final int BULK_SIZE = 300;

	static final String ENDLESS = "SELECT (COUNT(*) AS ?n) { ?a <urn:bulk:p> ?x . ?b <urn:bulk:p> ?y . ?c <urn:bulk:p> ?z }";

	@LocalServerPort
	int port;

	@Autowired
	CatalogueStore store;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void loadFixtures() throws Exception {
		if (store.sources().containsKey(CATALOGUE_GRAPH)) {
			return;
		}
		W3cProtocolTests w3c = new W3cProtocolTests();
		List<StoreChange.Replacement> replacements = new java.util.ArrayList<>();
		for (String[] data : w3c.graphData()) {
			replacements.add(replacement(data[1], parse("conformance/w3c-sparql11-protocol/" + data[0], Lang.NT)));
		}
		replacements.add(replacement(CATALOGUE_GRAPH, parse("sparql/catalogue-fixture.ttl", Lang.TURTLE)));
		Model bulk = ModelFactory.createDefaultModel();
		for (int i = 0; i < BULK_SIZE; i++) {
			bulk.add(bulk.createResource("urn:bulk:" + i), bulk.createProperty("urn:bulk:p"), bulk.createTypedLiteral(i));
		}
		replacements.add(replacement(BULK_GRAPH, bulk));
		store.apply(new StoreChange(replacements, List.of()));
	}

	static StoreChange.Replacement replacement(String graph, Model content) {
		return new StoreChange.Replacement(new SourceGraph(graph, "test:" + graph, "hash-" + content.size() + "-" + System.nanoTime(),
				content.size(), Instant.parse("2026-01-01T00:00:00Z")), content);
	}

	static Model parse(String resource, Lang lang) throws Exception {
		Model model = ModelFactory.createDefaultModel();
		try (InputStream in = SparqlEndpointContract.class.getClassLoader().getResourceAsStream(resource)) {
			RDFParser.source(in).lang(lang).base(BASE).parse(model);
		}
		return model;
	}

	String endpoint() {
		return "http://localhost:" + port + "/sparql";
	}

	@TestFactory
	List<DynamicTest> passesTheW3cProtocolQueryAndBadRequestTests() {
		return new W3cProtocolTests().against(URI.create(endpoint()));
	}

	static final String SCHEMES_PER_THEME = """
			PREFIX mkb: <https://w3id.org/open-mkb/def#>
			PREFIX cv: <http://data.europa.eu/m8g/>
			PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
			SELECT ?label (COUNT(?scheme) AS ?schemes) WHERE {
			  ?scheme a mkb:Scheme ; cv:thematicArea ?theme . ?theme skos:prefLabel ?label FILTER(lang(?label) = "nl")
			} GROUP BY ?label ORDER BY ?label""";

	@ParameterizedTest
	@ValueSource(strings = { "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
			"text/tab-separated-values" })
	void answersSelectInEveryResultFormat(String accept) {
		try (QueryExecution exec = QueryExecutionHTTP.service(endpoint()).query(SCHEMES_PER_THEME).acceptHeader(accept).build()) {
			List<QuerySolution> rows = new java.util.ArrayList<>();
			exec.execSelect().forEachRemaining(rows::add);
			assertThat(rows).extracting(row -> row.get("label").asLiteral().getLexicalForm())
				.containsExactly("Innovatie", "Verduurzaming");
			assertThat(rows).extracting(row -> row.get("schemes").asLiteral().getLexicalForm()).containsExactly("2", "1");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/sparql-results+json", "application/sparql-results+xml" })
	void answersAskInTheBooleanFormats(String accept) {
		String yes = "ASK { <id/subsidy/wbso> ?p ?o }";
		String no = "ASK { <id/subsidy/nothing> ?p ?o }";
		try (QueryExecution exec = QueryExecutionHTTP.service(endpoint()).query(yes).acceptHeader(accept).build()) {
			assertThat(exec.execAsk()).isTrue();
		}
		try (QueryExecution exec = QueryExecutionHTTP.service(endpoint()).query(no).acceptHeader(accept).build()) {
			assertThat(exec.execAsk()).isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml" })
	void answersConstructAndDescribeInEveryGraphFormat(String accept) {
		String construct = "PREFIX dct: <http://purl.org/dc/terms/> CONSTRUCT { ?s dct:title ?t } WHERE { ?s dct:title ?t }";
		try (QueryExecution exec = QueryExecutionHTTP.service(endpoint()).query(construct).acceptHeader(accept).build()) {
			Model model = exec.execConstruct();
			// Three schemes and the provider's channel have a title.
			assertThat(model.size()).isEqualTo(4);
			assertThat(model.contains(model.createResource(BASE + "id/subsidy/wbso"),
					model.createProperty("http://purl.org/dc/terms/title"), "WBSO", "nl")).isTrue();
		}
		try (QueryExecution exec = QueryExecutionHTTP.service(endpoint()).query("DESCRIBE <id/provider/rvo>").acceptHeader(accept).build()) {
			Model model = exec.execDescribe();
			// The provider's own triples plus the closure over its blank-node channel.
			assertThat(model.listStatements(model.createResource(BASE + "id/provider/rvo"), null, (org.apache.jena.rdf.model.RDFNode) null).toList()).hasSize(3);
			assertThat(model.size()).isEqualTo(4);
		}
	}

	@Test
	void negotiatesByQualityValuesWithJsonAndTurtleAsDefaults() throws Exception {
		String select = "SELECT * { <id/subsidy/wbso> ?p ?o }";
		String construct = "CONSTRUCT WHERE { <id/subsidy/wbso> ?p ?o }";
		assertThat(contentType(get(select, "text/csv;q=0.5, application/sparql-results+xml;q=0.9, */*;q=0.1")))
			.isEqualTo("application/sparql-results+xml");
		assertThat(contentType(get(select, "text/*;q=0.8, text/csv;q=0.2"))).isEqualTo("text/tab-separated-values");
		assertThat(contentType(get(select, "*/*"))).isEqualTo("application/sparql-results+json");
		assertThat(contentType(get(select, "application/json"))).isEqualTo("application/sparql-results+json");
		assertThat(contentType(get(construct, "*/*"))).isEqualTo("text/turtle");
		assertThat(contentType(get(construct, "application/json"))).isEqualTo("application/ld+json");
		assertThat(contentType(get(construct, "application/ld+json;q=0.4, application/rdf+xml;q=0.6"))).isEqualTo("application/rdf+xml");
		HttpResponse<String> refused = get(select, "image/png");
		assertThat(refused.statusCode()).isEqualTo(406);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
	}

	@Test
	void ignoresParametersTheProtocolDoesNotDefine() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint() + "?format=json&output=json&query="
				+ encode("ASK {}"))).GET());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"boolean\"").contains("true");
	}

	@Test
	void defaultGraphIsTheUnionOfTheSourceGraphsAndTheSystemGraphStaysHidden() {
		assertThat(select("SELECT (COUNT(*) AS ?n) { ?s <urn:bulk:p> ?o }")).containsExactly(String.valueOf(BULK_SIZE));
		assertThat(select("SELECT ?g { GRAPH ?g { } } ORDER BY ?g")).contains(CATALOGUE_GRAPH, BULK_GRAPH).doesNotContain(SYSTEM_GRAPH);
		assertThat(select("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }")).doesNotContain(SYSTEM_GRAPH);
		assertThat(select("SELECT * { GRAPH <" + SYSTEM_GRAPH + "> { ?s ?p ?o } }")).isEmpty();
		assertThat(select("SELECT * FROM <" + SYSTEM_GRAPH + "> { ?s ?p ?o }")).isEmpty();
		assertThat(select("SELECT ?p { ?s ?p ?o FILTER(STRSTARTS(STR(?p), \"https://w3id.org/open-mkb/store#\")) }")).isEmpty();
		assertThat(select("SELECT ?o { <" + SYSTEM_GRAPH + "> (<https://w3id.org/open-mkb/store#generation>)* ?o }"))
			.containsExactly(SYSTEM_GRAPH);
		try (QueryExecution exec = QueryExecutionHTTP.service(endpoint()).query("DESCRIBE <" + CATALOGUE_GRAPH + ">").build()) {
			assertThat(exec.execDescribe().isEmpty()).isTrue();
		}
		try (QueryExecution exec = QueryExecutionHTTP.service(endpoint()).query("SELECT * { ?s ?p ?o }")
			.addDefaultGraphURI(SYSTEM_GRAPH).build()) {
			assertThat(exec.execSelect().hasNext()).isFalse();
		}
	}

	@Test
	void theBookkeepingStaysHiddenOnEveryQueryPath() {
		String store = "https://w3id.org/open-mkb/store#";
		// Plain patterns, paths and aggregates (the embedded store runs these on TDB2's union default graph).
		assertThat(select("SELECT ?o { <" + SYSTEM_GRAPH + "> <" + store + "generation> ?o }")).isEmpty();
		assertThat(select("SELECT ?o { <" + SYSTEM_GRAPH + "> (<" + store + "generation>)+ ?o }")).isEmpty();
		assertThat(select("SELECT ?p { <" + CATALOGUE_GRAPH + "> ?p ?o }")).isEmpty();
		assertThat(select("SELECT (COUNT(*) AS ?n) { ?s a <" + store + "SourceGraph> }")).containsExactly("0");
		assertThat(select("SELECT ?s { { SELECT ?s { ?s <" + store + "origin> ?o } } }")).isEmpty();
		// The internal name of the default graph, directly, through a variable, through FROM and inside EXISTS.
		// (What these name may be the union of the sources on some stores; the records must not be in it.)
		String records = "{ ?s <" + store + "origin> ?o } UNION { <" + SYSTEM_GRAPH + "> ?p ?o }";
		assertThat(select("SELECT ?o { GRAPH <urn:x-arq:DefaultGraph> { " + records + " } }")).isEmpty();
		assertThat(select("SELECT ?o { VALUES ?g { <urn:x-arq:DefaultGraph> } GRAPH ?g { " + records + " } }")).isEmpty();
		assertThat(select("SELECT ?o { BIND(<urn:x-arq:DefaultGraph> AS ?g) GRAPH ?g { " + records + " } }")).isEmpty();
		assertThat(select("SELECT ?o FROM <urn:x-arq:DefaultGraph> { " + records + " }")).isEmpty();
		assertThat(select("SELECT ?o FROM NAMED <urn:x-arq:DefaultGraph> { GRAPH ?g { " + records + " } }")).isEmpty();
		assertThat(select("SELECT ?x { BIND(EXISTS { <" + SYSTEM_GRAPH + "> ?p ?o } AS ?x) }")).containsExactly("false");
		assertThat(select("SELECT ?x { BIND(1 AS ?x) } ORDER BY (EXISTS { <" + SYSTEM_GRAPH + "> ?p ?o })")).containsExactly("1");
		assertThat(select("SELECT ?x { BIND(1 AS ?x) FILTER EXISTS { GRAPH <urn:x-arq:DefaultGraph> { " + records + " } } }")).isEmpty();
		try (QueryExecution exec = QueryExecutionHTTP.service(endpoint()).query("DESCRIBE <" + SYSTEM_GRAPH + ">").build()) {
			assertThat(exec.execDescribe().isEmpty()).isTrue();
		}
		try (QueryExecution exec = QueryExecutionHTTP.service(endpoint())
			.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?p), \"" + store + "\")) }").build()) {
			assertThat(exec.execConstruct().isEmpty()).isTrue();
		}
	}

	@Test
	void honoursFromAndTheProtocolDatasetOverFrom() {
		String fromCatalogue = "SELECT (COUNT(*) AS ?n) FROM <" + CATALOGUE_GRAPH + "> { ?s <urn:bulk:p> ?o }";
		assertThat(select(fromCatalogue)).containsExactly("0");
		try (QueryExecution exec = QueryExecutionHTTP.service(endpoint()).query(fromCatalogue).addDefaultGraphURI(BULK_GRAPH).build()) {
			assertThat(exec.execSelect().next().getLiteral("n").getInt()).isEqualTo(BULK_SIZE);
		}
		try (QueryExecution exec = QueryExecutionHTTP.service(endpoint()).query("SELECT ?g { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
			.addNamedGraphURI(CATALOGUE_GRAPH).build()) {
			assertThat(exec.execSelect().next().getResource("g").getURI()).isEqualTo(CATALOGUE_GRAPH);
		}
	}

	@Test
	void describesTheServiceWithItsNamedGraphsAndLinksVoid() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint())).header("Accept", "text/turtle").GET());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(contentType(response)).isEqualTo("text/turtle");
		Model sd = ModelFactory.createDefaultModel();
		RDFParser.fromString(response.body(), Lang.TURTLE).parse(sd);
		String names = """
				PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
				SELECT ?name { ?service a sd:Service ; sd:endpoint ?endpoint ; sd:supportedLanguage sd:SPARQL11Query ;
				  sd:feature sd:UnionDefaultGraph ; sd:defaultDataset/sd:namedGraph/sd:name ?name }""";
		List<String> graphs = new java.util.ArrayList<>();
		QueryExecution.create(names, sd).execSelect().forEachRemaining(row -> graphs.add(row.getResource("name").getURI()));
		assertThat(graphs).contains(CATALOGUE_GRAPH, BULK_GRAPH, "http://kasei.us/2009/09/sparql/data/data1.rdf")
			.doesNotContain(SYSTEM_GRAPH);
		String voidLink = response.headers().firstValue("Link").orElseThrow();
		assertThat(voidLink).contains(BASE + ".well-known/void");
		HttpResponse<String> moved = send(HttpRequest.newBuilder(URI.create(endpoint() + "/void")).GET());
		assertThat(moved.statusCode()).isEqualTo(301);
		assertThat(moved.headers().firstValue("Location")).contains("/.well-known/void");
		HttpResponse<String> voidResponse = send(HttpRequest.newBuilder(URI.create(endpoint()).resolve("/.well-known/void")).GET());
		assertThat(voidResponse.statusCode()).isEqualTo(200);
		Model voidModel = ModelFactory.createDefaultModel();
		RDFParser.fromString(voidResponse.body(), Lang.TURTLE).parse(voidModel);
		assertThat(voidModel.contains(voidModel.createResource(BASE + ".well-known/void#catalogue"),
				org.apache.jena.vocabulary.VOID.sparqlEndpoint, voidModel.createResource(BASE + "sparql"))).isTrue();
		HttpResponse<String> jsonld = send(HttpRequest.newBuilder(URI.create(endpoint())).header("Accept", "application/ld+json").GET());
		assertThat(contentType(jsonld)).isEqualTo("application/ld+json");
	}

	List<String> select(String query) {
		List<String> values = new java.util.ArrayList<>();
		try (QueryExecution exec = QueryExecutionHTTP.service(endpoint()).query(query).build()) {
			exec.execSelect().forEachRemaining(row -> {
				var value = row.get(row.varNames().next());
				values.add(value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString());
			});
		}
		return values;
	}

	static String contentType(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").trim();
	}

	HttpResponse<String> get(String query, String accept) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(endpoint() + "?query=" + encode(query))).header("Accept", accept).GET());
	}

	HttpResponse<String> post(String contentType, String body, String accept) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(endpoint()))
			.header("Content-Type", contentType)
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static Map<String, Object> problem(HttpResponse<String> response) {
		return new tools.jackson.databind.json.JsonMapper().readValue(response.body(), Map.class);
	}

}
