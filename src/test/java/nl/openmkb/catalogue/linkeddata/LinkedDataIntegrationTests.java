package nl.openmkb.catalogue.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.web.CatalogueIntegrationTest;
import nl.openmkb.catalogue.web.CatalogueWebTestConfiguration;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows the catalogue's identifiers the way people and machines do, against the running application: every type's
 * {@code /id/} answers 303 to {@code /doc/}, which serves each RDF format (parsed here with Jena) and an HTML page
 * with the resource's facts, links, breadcrumbs and schema.org description; text from the data is always escaped.
 */
@CatalogueIntegrationTest
class LinkedDataIntegrationTests {

	private static final String BASE = CatalogueWebTestConfiguration.BASE;

	private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	@Autowired
	CatalogueSnapshots snapshots;

	@Autowired
	CatalogueStore store;

	private LinkedDataClient client() {
		return new LinkedDataClient(port);
	}

	@TestFactory
	Stream<DynamicTest> followsEveryTypesIdentifierToItsDescriptionInEveryRdfFormat() {
		ResourceIndex index = LinkedDataController.index(snapshots.current());
		List<DynamicTest> tests = new ArrayList<>();
		for (String type : ResourceTypes.ALL) {
			assertThat(index.ofType(type)).as("resources of type %s", type).isNotEmpty();
			ResourceIndex.Entry entry = index.ofType(type).get(0);
			for (RdfFormat format : RdfFormat.values()) {
				tests.add(DynamicTest.dynamicTest(type + " as " + format.key(), () -> followAndParse(entry, format)));
			}
		}
		return tests.stream();
	}

	private void followAndParse(ResourceIndex.Entry entry, RdfFormat format) {
		String accept = format.mediaType().toString();
		HttpResponse<String> redirect = client().get("/id/" + entry.type() + "/" + entry.slug(), "Accept", accept);
		assertThat(redirect.statusCode()).isEqualTo(303);
		String location = redirect.headers().firstValue("Location").orElseThrow();
		assertThat(location).isEqualTo("/doc/" + entry.type() + "/" + entry.slug());

		HttpResponse<String> description = client().get(location, "Accept", accept);
		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
		assertThat(description.headers().firstValue("Vary").orElseThrow()).contains("Accept");
		assertThat(description.headers().firstValue("ETag")).isPresent();
		assertThat(description.headers().firstValue("Link").orElseThrow()).contains("rel=\"alternate\"")
			.contains(location + "?format=html");
		Model model = parse(description.body(), format);
		assertThat(model.containsResource(model.createResource(entry.iri()))).isTrue();
		assertThat(model.listStatements(model.createResource(entry.iri()), null, (org.apache.jena.rdf.model.RDFNode) null).toList()).isNotEmpty();

		HttpResponse<String> byParameter = client().get("/id/" + entry.type() + "/" + entry.slug() + "?format=" + format.key());
		assertThat(byParameter.headers().firstValue("Location")).contains(location + "?format=" + format.key());
		HttpResponse<String> pasted = client().get(location + "?format=" + format.key(), "Accept", HTML);
		assertThat(pasted.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
		assertThat(parse(pasted.body(), format).size()).isEqualTo(model.size());
	}

	private static Model parse(String body, RdfFormat format) {
		Model model = ModelFactory.createDefaultModel();
		Lang lang = RDFLanguages.contentTypeToLang(format.mediaType().toString());
		RDFParser.fromString(body, lang).parse(model);
		return model;
	}

	@Test
	void revalidatesADescriptionWithItsEtag() {
		HttpResponse<String> first = client().get("/doc/theme/verduurzaming", "Accept", "text/turtle");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = client().get("/doc/theme/verduurzaming", "Accept", "text/turtle", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void browsersGetAPageWithTheFactsLinksBreadcrumbsAndSchemaOrg() {
		ResourceIndex.Entry scheme = schemeWithAuthority();
		HttpResponse<String> page = client().get("/id/subsidy/" + scheme.slug(), "Accept", HTML);
		assertThat(page.statusCode()).isEqualTo(303);
		page = client().get(page.headers().firstValue("Location").orElseThrow(), "Accept", HTML, "Accept-Language", "nl");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.headers().firstValue("Content-Language")).contains("nl");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
		String html = page.body();
		assertThat(html).contains("<html lang=\"nl\">")
			.contains("<h1>" + escape(scheme.label(nl.openmkb.catalogue.catalog.Language.NL)) + "</h1>")
			.contains("<main id=\"main\"")
			.contains("aria-label=\"Kruimelpad\"")
			.contains("href=\"/doc/subsidy?lang=nl\"")
			.contains("href=\"/doc/provider/")
			.contains("rel=\"alternate\" type=\"text/turtle\"")
			.contains("<link rel=\"stylesheet\" href=\"/css/site.css\">")
			.as("no external assets").doesNotContain("src=\"http", "stylesheet\" href=\"http");
		JsonNode jsonLd = JsonMapper.builder().build().readTree(schemaOrg(html));
		assertThat(jsonLd.get("@type").asString()).isEqualTo("GovernmentService");
		assertThat(jsonLd.get("@id").asString()).isEqualTo(scheme.iri());
		assertThat(jsonLd.get("provider").get("name").asString()).isNotBlank();

		HttpResponse<String> english = client().get("/doc/subsidy/" + scheme.slug() + "?lang=en", "Accept", HTML);
		assertThat(english.headers().firstValue("Content-Language")).contains("en");
		assertThat(english.body()).contains("<html lang=\"en\">").contains("aria-label=\"Breadcrumbs\"")
			.contains("<h1>" + escape(scheme.label(nl.openmkb.catalogue.catalog.Language.EN)) + "</h1>");
	}

	@Test
	void aGuidePageListsItsStepsInOrder() {
		ResourceIndex.Entry guide = LinkedDataController.index(snapshots.current()).ofType("guide").get(0);
		String html = client().get("/doc/guide/" + guide.slug() + "?lang=nl", "Accept", HTML).body();
		assertThat(html).contains("<ol class=\"steps\">").contains("id=\"stap-1\"");
		assertThat(html.indexOf("id=\"stap-1\"")).isLessThan(html.indexOf("id=\"stap-2\""));
		assertThat(schemaOrg(html)).contains("\"HowToStep\"");
	}

	@Test
	void markupInTheDataRendersAsText() {
		CatalogueWebTestConfiguration.write(store, "test/markup", CatalogueWebTestConfiguration.turtle("""
				@prefix dct: <http://purl.org/dc/terms/> .
				@prefix cpsv: <http://purl.org/vocab/cpsv#> .
				<id/subsidy/markup-test> a cpsv:PublicService ;
				    dct:identifier "markup-test" ;
				    dct:title "<script>alert('title')</script> <b>Vet</b> & co"@nl ;
				    dct:description "Einde </script><script>alert('description')</script> \\"quote\\""@nl .
				"""));
		HttpResponse<String> page = client().get("/doc/subsidy/markup-test", "Accept", HTML);
		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		assertThat(html).contains("<h1>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &lt;b&gt;Vet&lt;/b&gt; &amp; co</h1>")
			.contains("Einde &lt;/script&gt;&lt;script&gt;alert(&#39;description&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert", "<b>Vet</b>");
		// The only script element is the JSON-LD data block; its text cannot end it early.
		assertThat(html.split("<script", -1)).hasSize(2);
		String jsonLd = schemaOrg(html);
		assertThat(jsonLd).doesNotContain("<", ">").contains("\\u003cscript\\u003e");
		assertThat(JsonMapper.builder().build().readTree(jsonLd).get("name").asString())
			.isEqualTo("<script>alert('title')</script> <b>Vet</b> & co");
		assertThat(client().get("/doc/subsidy", "Accept", HTML).body())
			.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
		assertThat(client().get("/doc/subsidy/markup-test", "Accept", "text/turtle").body()).contains("<script>alert('title')</script>");
	}

	@Test
	void unknownTypesAndSlugsAreNotFoundForPeopleAndMachines() {
		HttpResponse<String> machine = client().get("/id/subsidy/no-such-scheme", "Accept", "text/turtle");
		assertThat(machine.statusCode()).isEqualTo(404);
		assertThat(machine.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(machine.body()).contains("\"status\":404").contains("not-found");
		assertThat(client().get("/doc/no-such-type/x").statusCode()).isEqualTo(404);
		assertThat(client().get("/doc/no-such-type").statusCode()).isEqualTo(404);

		HttpResponse<String> person = client().get("/doc/subsidy/%3Cscript%3Ealert(1)", "Accept", HTML);
		assertThat(person.statusCode()).isEqualTo(404);
		assertThat(person.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(person.body()).contains("<h1>Niet gevonden</h1>").contains("&lt;script&gt;").doesNotContain("<script>alert");
	}

	@Test
	void unsupportedFormatsAreNotAcceptableWithTheSupportedOnesListed() {
		HttpResponse<String> byParameter = client().get("/doc/theme/verduurzaming?format=pdf");
		assertThat(byParameter.statusCode()).isEqualTo(406);
		assertThat(byParameter.body()).contains("ttl (text/turtle)").contains("jsonld (application/ld+json)")
			.contains("nt (application/n-triples)").contains("rdf (application/rdf+xml)").contains("html (text/html)");
		HttpResponse<String> byAccept = client().get("/doc/theme/verduurzaming", "Accept", "image/png");
		assertThat(byAccept.statusCode()).isEqualTo(406);
		assertThat(byAccept.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(client().get("/catalog?format=pdf").statusCode()).isEqualTo(406);
		assertThat(client().get("/doc/subsidy?format=ttl").statusCode()).isEqualTo(406);
	}

	@Test
	void homePageExplainsTheServiceAndLinksToEveryWayIn() {
		HttpResponse<String> home = client().get("/", "Accept", HTML, "Accept-Language", "en");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("<h1>Open mkb catalogue</h1>")
			.contains("href=\"/swagger-ui.html\"").contains("href=\"/api/v1/openapi.json\"").contains("href=\"/sparql\"")
			.contains("href=\"/downloads?lang=en\"").contains("href=\"/catalog\"").contains("href=\"/def?lang=en\"")
			.contains("<section id=\"embed\"").contains("href=\"/embed/v1/\"").contains("<section id=\"ask\"")
			.contains("href=\"/doc/subsidy?lang=en\"");
		assertThat(client().get("/?lang=nl", "Accept", HTML).body()).contains("<h1>Open mkb-catalogus</h1>");
	}

	@Test
	void vocabularyIsAPageWithDutchAndEnglishLabelsAndTurtleByNegotiation() {
		String html = client().get("/def", "Accept", HTML).body();
		assertThat(html).contains("id=\"Scheme\"").contains(">Regeling</span>").contains(">Scheme</span>")
			.contains("id=\"refersTo\"").contains("href=\"/doc/scheme/");
		HttpResponse<String> turtle = client().get("/def", "Accept", "text/turtle");
		assertThat(turtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
		Model ontology = parse(turtle.body(), RdfFormat.TURTLE);
		assertThat(ontology.contains(ontology.createResource("https://w3id.org/open-mkb/def#Scheme"), RDF.type, OWL.Class)).isTrue();
	}

	@Test
	void catalogueAndVoidGiveHarvestersTurtleAndBrowsersAPage() {
		for (String path : new String[] { "/catalog", "/.well-known/void" }) {
			assertThat(client().get(path).headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
			assertThat(client().get(path, "Accept", "*/*").headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
			HttpResponse<String> page = client().get(path, "Accept", HTML);
			assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
			assertThat(page.body()).contains("<pre class=\"rdf\"").contains("&lt;http://localhost:8080/");
			assertThat(client().get(path + "?format=jsonld", "Accept", HTML).headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/ld+json");
		}
	}

	private ResourceIndex.Entry schemeWithAuthority() {
		var snapshot = snapshots.current();
		return LinkedDataController.index(snapshot).ofType("subsidy").stream()
			.filter(e -> snapshot.iri(org.apache.jena.graph.NodeFactory.createURI(e.iri()),
					org.apache.jena.graph.NodeFactory.createURI("http://data.europa.eu/m8g/hasCompetentAuthority")).isPresent())
			.filter(e -> !e.slug().equals("markup-test"))
			.findFirst().orElseThrow();
	}

	private static String schemaOrg(String html) {
		int start = html.indexOf("<script type=\"application/ld+json\">");
		assertThat(start).isNotNegative();
		int from = start + "<script type=\"application/ld+json\">".length();
		return html.substring(from, html.indexOf("</script>", from));
	}

	private static String escape(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text);
	}

}
