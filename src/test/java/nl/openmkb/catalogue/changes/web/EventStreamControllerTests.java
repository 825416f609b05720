package nl.openmkb.catalogue.changes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import nl.openmkb.catalogue.changes.ChangeLog;
import nl.openmkb.catalogue.web.CatalogueWebTest;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The event stream over the web-slice store: description, pages, members, caching, formats, conformance. */
@CatalogueWebTest
class EventStreamControllerTests {

	static final String TREE = "https://w3id.org/tree#";

	static final String LDES = "https://w3id.org/ldes#";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ChangeLog log;

	@Test
	void describesTheStreamWithItsPathsAndView() {
		Model root = rdf(get("/ldes/catalogue", "text/turtle"), Lang.TURTLE);

		Resource stream = root.createResource("http://localhost/ldes/catalogue");
		assertThat(root.contains(stream, RDF.type, root.createResource(LDES + "EventStream"))).isTrue();
		assertThat(stream.getPropertyResourceValue(property(LDES + "versionOfPath"))).isEqualTo(DCTerms.isVersionOf);
		assertThat(stream.getPropertyResourceValue(property(LDES + "timestampPath")).getURI())
			.isEqualTo("http://www.w3.org/ns/prov#generatedAtTime");
		assertThat(stream.getPropertyResourceValue(property(TREE + "view")).getURI())
			.isEqualTo("http://localhost/ldes/catalogue/pages/0");
		assertThat(root.listObjectsOfProperty(property(LDES + "retentionPolicy")).toList()).hasSize(1);
	}

	@Test
	void fullPagesAreImmutableAndLinkToTheNextPage() {
		assertThat(log.pages()).as("the fixtures fill more than one page").isGreaterThan(1);
		MvcTestResult result = get("/ldes/catalogue/pages/0", "text/turtle");

		assertThat(result.getResponse().getHeader("Cache-Control")).contains("immutable").contains("max-age=31536000");
		Model page = rdf(result, Lang.TURTLE);
		Resource stream = page.createResource("http://localhost/ldes/catalogue");
		assertThat(page.listObjectsOfProperty(stream, property(TREE + "member")).toList()).hasSize(ChangeLog.PAGE_SIZE);
		Resource relation = page.createResource("http://localhost/ldes/catalogue/pages/0")
			.getPropertyResourceValue(property(TREE + "relation"));
		assertThat(relation.getPropertyResourceValue(RDF.type).getURI()).isEqualTo(TREE + "GreaterThanOrEqualToRelation");
		assertThat(relation.getPropertyResourceValue(property(TREE + "node")).getURI())
			.isEqualTo("http://localhost/ldes/catalogue/pages/1");

		String etag = result.getResponse().getHeader("ETag");
		assertThat(mvc.get().uri("/ldes/catalogue/pages/0").header("If-None-Match", etag).exchange()).hasStatus(304);
	}

	@Test
	void theNewestPageIsShortLivedWithoutARelation() {
		long last = log.pages() - 1;
		MvcTestResult result = get("/ldes/catalogue/pages/" + last, "text/turtle");

		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=60, public");
		Model page = rdf(result, Lang.TURTLE);
		assertThat(page.listObjectsOfProperty(property(TREE + "relation")).toList()).isEmpty();
	}

	@Test
	void aMemberIsAVersionOfItsResourceWithItsDescription() {
		Model page = rdf(get("/ldes/catalogue/pages/0", "application/n-triples"), Lang.NTRIPLES);
		Resource member = page.createResource("http://localhost:8080/ldes/catalogue/versions/1");
		Resource resource = member.getPropertyResourceValue(DCTerms.isVersionOf);

		assertThat(resource.getURI()).startsWith("http://localhost:8080/id/");
		assertThat(member.hasProperty(RDF.type, page.createResource("https://www.w3.org/ns/activitystreams#Create"))).isTrue();
		assertThat(member.hasProperty(page.createProperty("http://www.w3.org/ns/prov#generatedAtTime"))).isTrue();
		assertThat(member.listProperties().toList().size()).isGreaterThan(3);
		Model alone = rdf(get("/ldes/catalogue/versions/1", "text/turtle"), Lang.TURTLE);
		assertThat(alone.listStatements(member, null, (org.apache.jena.rdf.model.RDFNode) null).toList())
			.hasSameSizeAs(page.listStatements(member, null, (org.apache.jena.rdf.model.RDFNode) null).toList());
	}

	@Test
	void speaksJsonLdToo() {
		Model page = rdf(get("/ldes/catalogue", "application/ld+json"), Lang.JSONLD);
		assertThat(page.contains(null, RDF.type, page.createResource(LDES + "EventStream"))).isTrue();
	}

	@Test
	void unknownPagesAndVersionsAreNotFound() {
		for (String path : List.of("/ldes/catalogue/pages/" + log.pages(), "/ldes/catalogue/pages/abc",
				"/ldes/catalogue/pages/-1", "/ldes/catalogue/versions/0", "/ldes/catalogue/versions/999999999")) {
			MvcTestResult result = mvc.get().uri(path).exchange();
			assertThat(result).as(path).hasStatus(404);
			assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		}
	}

	@Test
	void theStreamAndItsPagesConformToTheLdesPageShapes() {
		Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("conformance/ldes/ldes-page-SHACL.ttl"));
		assertConforms(shapes, RDFDataMgr.loadGraph("conformance/ldes/ldes-example.ttl"));
		Graph all = rdf(get("/ldes/catalogue", "text/turtle"), Lang.TURTLE).getGraph();
		rdf(get("/ldes/catalogue/pages/0", "text/turtle"), Lang.TURTLE).getGraph().find().forEachRemaining(all::add);
		rdf(get("/ldes/catalogue/pages/" + (log.pages() - 1), "text/turtle"), Lang.TURTLE).getGraph().find().forEachRemaining(all::add);
		assertConforms(shapes, all);
	}

	private static void assertConforms(Shapes shapes, Graph data) {
		ValidationReport report = ShaclValidator.get().validate(shapes, data);
		assertThat(report.getEntries()).filteredOn(e -> e.severity() == Severity.Violation).isEmpty();
	}

	private MvcTestResult get(String uri, String accept) {
		MvcTestResult result = mvc.get().uri(uri).header("Accept", accept).exchange();
		assertThat(result).as(uri).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith(accept);
		assertThat(result.getResponse().getHeader("ETag")).isNotBlank();
		assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		return result;
	}

	private static Model rdf(MvcTestResult result, Lang lang) {
		Model model = ModelFactory.createDefaultModel();
		RDFParser.source(new ByteArrayInputStream(result.getResponse().getContentAsByteArray())).lang(lang).parse(model);
		return model;
	}

	private static Property property(String iri) {
		return ModelFactory.createDefaultModel().createProperty(iri);
	}

}
