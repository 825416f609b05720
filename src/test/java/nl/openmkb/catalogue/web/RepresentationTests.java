package nl.openmkb.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@CatalogueWebTest
class RepresentationTests {

	private static final String SUBSIDY = "http://localhost:8080/id/subsidy/innovatiekrediet";

	@Autowired
	MockMvcTester mvc;

	@Test
	void servesHalByDefault() {
		assertThat(mvc.get().uri("/api/v1/subsidies/innovatiekrediet")).hasStatusOk()
			.hasContentType(ApiMediaTypes.HAL_JSON);
		assertThat(mvc.get().uri("/api/v1/subsidies").accept(MediaType.ALL)).hasContentType(ApiMediaTypes.HAL_JSON);
	}

	@Test
	void servesJsonLdCompactedWithTheCatalogueContext() {
		MvcTestResult result = get("/api/v1/subsidies/innovatiekrediet", ApiMediaTypes.LD_JSON);

		assertThat(result).hasStatusOk().hasContentType("application/ld+json;charset=UTF-8");
		assertThat(Bodies.<Object>json(result, "$['@context']")).isInstanceOf(Map.class);
		assertThat(Bodies.<String>json(result, "$.id")).isEqualTo(SUBSIDY);
		assertThat(Bodies.<List<String>>json(result, "$.type")).containsExactlyInAnyOrder("PublicService", "Scheme");
		assertThat(Bodies.<Map<String, String>>json(result, "$.title")).containsEntry("nl", "Innovatiekrediet")
			.containsEntry("en", "Innovation credit");
		assertThat(Bodies.<List<String>>json(result, "$.competentAuthority"))
			.containsExactly("http://localhost:8080/id/provider/rvo");
		assertThat(Bodies.<String>json(result, "$.kind")).isEqualTo("http://localhost:8080/id/scheme-kind/krediet");
		Graph graph = parse(result, Lang.JSONLD);
		assertThat(graph.contains(NodeFactory.createURI(SUBSIDY), DCTerms.identifier.asNode(),
				NodeFactory.createLiteralString("innovatiekrediet"))).isTrue();
	}

	@Test
	void servesTurtleAndNTriplesOfTheSameResource() {
		Graph turtle = parse(get("/api/v1/subsidies/innovatiekrediet", ApiMediaTypes.TURTLE), Lang.TURTLE);
		Graph nTriples = parse(get("/api/v1/subsidies/innovatiekrediet", ApiMediaTypes.N_TRIPLES), Lang.NTRIPLES);

		assertThat(turtle.isIsomorphicWith(nTriples)).isTrue();
		assertThat(turtle.contains(NodeFactory.createURI(SUBSIDY), DCTerms.title.asNode(),
				NodeFactory.createLiteralLang("Innovation credit", "en"))).isTrue();
	}

	@Test
	void describesAGuideWithItsSteps() {
		Graph guide = parse(get("/api/v1/guides/personeel-aannemen", ApiMediaTypes.TURTLE), Lang.TURTLE);

		assertThat(guide.contains(NodeFactory.createURI("http://localhost:8080/id/guide/personeel-aannemen#stap-3"),
				SchemaDO.position.asNode(), org.apache.jena.graph.Node.ANY)).isTrue();
	}

	@Test
	void servesAPageAsRdfWithPagingInLinkHeaders() {
		MvcTestResult result = get("/api/v1/subsidies?pageSize=2", ApiMediaTypes.TURTLE);

		assertThat(result).hasStatusOk().hasHeader(PagingHeaders.TOTAL_COUNT, "5");
		assertThat(result.getResponse().getHeaders(HttpHeaders.LINK)).contains(
				"<http://localhost/api/v1/subsidies?pageSize=2&page=2>; rel=\"next\"",
				"<http://localhost/api/v1/subsidies?pageSize=2&page=3>; rel=\"last\"");
		Graph page = parse(result, Lang.TURTLE);
		assertThat(page.contains(NodeFactory.createURI("http://localhost:8080/id/subsidy/amsterdamse-boerenlening"),
				org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)).isTrue();
		assertThat(page.contains(NodeFactory.createURI(SUBSIDY), org.apache.jena.graph.Node.ANY,
				org.apache.jena.graph.Node.ANY)).isFalse();
		MvcTestResult jsonLd = get("/api/v1/subsidies?pageSize=2", ApiMediaTypes.LD_JSON);
		assertThat(Bodies.<List<String>>json(jsonLd, "$['@graph'][*].id")).hasSize(2);
	}

	@Test
	void servesCollectionsAsCsv() {
		MvcTestResult result = get("/api/v1/subsidies?pageSize=3&lang=en", ApiMediaTypes.CSV);

		assertThat(result).hasStatusOk()
			.hasContentType("text/csv;charset=UTF-8")
			.hasHeader(PagingHeaders.TOTAL_COUNT, "5")
			.hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
		List<String> lines = Bodies.text(result).lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).startsWith("identifier,title,description,kind,status,themes");
		assertThat(lines.get(2)).startsWith("horeca-verduurzaming-utrecht,Energy saving for cafés and restaurants,");
		assertThat(result.getResponse().getHeaders(HttpHeaders.LINK))
			.contains("<http://localhost/api/v1/subsidies?pageSize=3&lang=en&page=2>; rel=\"next\"");
	}

	@Test
	void offersCsvOnlyForCollections() {
		assertThat(get("/api/v1/subsidies/innovatiekrediet", ApiMediaTypes.CSV)).hasStatus(406)
			.hasContentType(ApiMediaTypes.PROBLEM_JSON);
	}

	@Test
	void refusesMediaTypesItDoesNotOffer() {
		for (String type : List.of("text/html", "application/xml", "application/rdf+xml", "image/png")) {
			MvcTestResult result = get("/api/v1/subsidies", type);
			assertThat(result).as(type).hasStatus(406).hasContentType(ApiMediaTypes.PROBLEM_JSON);
			assertThat(Bodies.<String>json(result, "$.type")).isEqualTo(ProblemTypes.NOT_ACCEPTABLE.toString());
			assertThat(Bodies.<String>json(result, "$.detail")).contains("text/turtle", "text/csv");
		}
	}

	@Test
	void picksTheLabelLanguageFromLangOrAcceptLanguage() {
		MvcTestResult english = get("/api/v1/subsidies/innovatiekrediet?lang=en", ApiMediaTypes.HAL_JSON);
		assertThat(english).hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
		assertThat(Bodies.<String>json(english, "$.title")).isEqualTo("Innovation credit");
		assertThat(Bodies.<String>json(english, "$.competentAuthorities[0].label")).isEqualTo("Netherlands Enterprise Agency");

		MvcTestResult accepted = mvc.get().uri("/api/v1/subsidies/innovatiekrediet").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB, nl;q=0.5").exchange();
		assertThat(Bodies.<String>json(accepted, "$.title")).isEqualTo("Innovation credit");

		MvcTestResult overridden = mvc.get().uri("/api/v1/subsidies/innovatiekrediet?lang=nl").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();
		assertThat(overridden).hasHeader(HttpHeaders.CONTENT_LANGUAGE, "nl");
		assertThat(Bodies.<String>json(overridden, "$.title")).isEqualTo("Innovatiekrediet");

		MvcTestResult dutchOnly = get("/api/v1/subsidies/amsterdamse-boerenlening?lang=en", ApiMediaTypes.HAL_JSON);
		assertThat(Bodies.<String>json(dutchOnly, "$.title")).isEqualTo("Amsterdamse boerenlening");
	}

	@Test
	void rdfCarriesEveryLanguage() {
		MvcTestResult result = get("/api/v1/subsidies/innovatiekrediet?lang=en", ApiMediaTypes.LD_JSON);

		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isNull();
		assertThat(Bodies.<Map<String, String>>json(result, "$.title")).containsKeys("nl", "en");
	}

	private MvcTestResult get(String uri, String accept) {
		return mvc.get().uri(URI.create(uri)).accept(MediaType.parseMediaType(accept)).exchange();
	}

	private static Graph parse(MvcTestResult result, Lang lang) {
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(Bodies.text(result), lang).parse(graph);
		return graph;
	}

}
