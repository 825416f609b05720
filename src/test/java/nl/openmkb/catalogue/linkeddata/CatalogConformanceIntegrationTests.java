package nl.openmkb.catalogue.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;

import nl.openmkb.catalogue.web.CatalogueIntegrationTest;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The DCAT-AP catalogue at {@code /catalog} validated against the official DCAT-AP 3.0.1 and DCAT-AP-NL 3.0 shapes
 * (copied under {@code conformance/}): no result may be a {@code sh:Violation}.
 */
@CatalogueIntegrationTest
class CatalogConformanceIntegrationTests {

	private static final List<String> DCAT_AP = List.of("conformance/dcat-ap-3.0.1/dcat-ap-SHACL.ttl",
			"conformance/dcat-ap-3.0.1/dcat-ap-SHACL-ranges.ttl");

	/** The property shapes the DCAT-AP 3.0.1 release names but never defines (see its SOURCE.md). */
	private static final List<String> UNDEFINED_IN_DCAT_AP = List.of(
			"https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:RelationshipShape/b7aa98e1befa5130659568aa62e7f38575dc17c1",
			"https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:DatasetShape/4918ff7a6c1c4b0eea6403dca4b992b87ee1f4ab",
			"https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:DatasetShape/95c69c99a1e3ade043911b51b942f206dea0e68d",
			"https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:DistributionShape/a07d6e7a0a1790b89a1ce7ff602cbbd9ea835282",
			"https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:DistributionShape/653804840386e33525b3d39d205c174780be414b");

	private static final List<String> DCAT_AP_NL = List.of("conformance/dcat-ap-nl-3.0/dcat-ap-nl-SHACL.ttl",
			"conformance/dcat-ap-nl-3.0/dcat-ap-nl-SHACL-klassebereik.ttl",
			"conformance/dcat-ap-nl-3.0/dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl",
			"conformance/dcat-ap-nl-3.0/dcat-ap-nl-SHACL-aanbevolen.ttl");

	@LocalServerPort
	int port;

	@Test
	void catalogueHasNoDcatApViolation() throws IOException {
		assertThat(violations(catalogue(), DCAT_AP)).isEmpty();
	}

	@Test
	void catalogueHasNoDcatApNlViolation() throws IOException {
		assertThat(violations(catalogue(), DCAT_AP_NL)).isEmpty();
	}

	@Test
	void catalogueDescribesTheDumpsTheServicesAndEveryPart() throws IOException {
		Model catalogue = catalogue();
		String datasets = """
				PREFIX dcat: <http://www.w3.org/ns/dcat#>
				PREFIX dct: <http://purl.org/dc/terms/>
				SELECT ?id { ?c a dcat:Catalog ; dcat:dataset ?d ; dct:license <http://creativecommons.org/publicdomain/zero/1.0/> .
				  ?d dct:identifier ?id } ORDER BY ?id""";
		List<String> ids = new java.util.ArrayList<>();
		org.apache.jena.query.QueryExecution.create(datasets, catalogue).execSelect()
			.forEachRemaining(row -> ids.add(row.getLiteral("id").getString()));
		assertThat(ids).containsExactly("open-mkb-catalogue", "open-mkb-guides", "open-mkb-providers",
				"open-mkb-reference-lists", "open-mkb-regulations", "open-mkb-subsidies");
		String downloads = """
				PREFIX dcat: <http://www.w3.org/ns/dcat#>
				SELECT ?url { ?d dcat:distribution/dcat:downloadURL ?url }""";
		List<String> urls = new java.util.ArrayList<>();
		org.apache.jena.query.QueryExecution.create(downloads, catalogue).execSelect()
			.forEachRemaining(row -> urls.add(row.getResource("url").getURI()));
		assertThat(urls).containsExactlyInAnyOrder("http://localhost:8080/downloads/open-mkb.ttl.gz",
				"http://localhost:8080/downloads/open-mkb.nt.gz", "http://localhost:8080/downloads/open-mkb.jsonld.gz");
		assertThat(catalogue.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
				org.apache.jena.vocabulary.DCAT.DataService).toList()).hasSize(2);
	}

	private Model catalogue() {
		HttpResponse<String> response = new LinkedDataClient(port).get("/catalog", "Accept", "text/turtle");
		assertThat(response.statusCode()).isEqualTo(200);
		Model model = ModelFactory.createDefaultModel();
		RDFParser.fromString(response.body(), Lang.TURTLE).parse(model);
		return model;
	}

	static List<String> violations(Model data, List<String> shapeFiles) throws IOException {
		Model shapes = ModelFactory.createDefaultModel();
		for (String file : shapeFiles) {
			try (InputStream in = new ClassPathResource(file).getInputStream()) {
				RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
			}
		}
		List<String> undefined = dropUndefinedPropertyShapes(shapes);
		assertThat(undefined).isSubsetOf(UNDEFINED_IN_DCAT_AP);
		ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes.getGraph()), data.getGraph());
		return report.getEntries().stream()
			.filter(entry -> entry.severity().level().equals(Severity.Violation.level()))
			.map(CatalogConformanceIntegrationTests::describe)
			.toList();
	}

	/** Removes {@code sh:property} links to shapes that have no definition at all; returns their IRIs. */
	private static List<String> dropUndefinedPropertyShapes(Model shapes) {
		var property = shapes.createProperty("http://www.w3.org/ns/shacl#property");
		List<org.apache.jena.rdf.model.Statement> dangling = shapes.listStatements(null, property, (org.apache.jena.rdf.model.RDFNode) null)
			.filterKeep(s -> s.getObject().isResource() && !s.getObject().asResource().listProperties().hasNext())
			.toList();
		shapes.remove(dangling);
		return dangling.stream().map(s -> s.getObject().toString()).distinct().toList();
	}

	private static String describe(ReportEntry entry) {
		return entry.focusNode() + " " + entry.resultPath() + ": " + entry.message();
	}

}
