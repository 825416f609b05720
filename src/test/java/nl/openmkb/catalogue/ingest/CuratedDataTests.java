package nl.openmkb.catalogue.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The curated content as shipped: it parses strictly, conforms to our shapes and to the official CPSV-AP 3.2.0
 * shapes, and holds at least the content the catalogue promises.
 */
class CuratedDataTests {

	static final String BASE = "http://localhost:8080/";

	static List<SourceFile> sources;

	static Model all;

	@BeforeAll
	static void parseEverySource() {
		sources = new CuratedSources("classpath:catalogue/").list();
		all = ModelFactory.createDefaultModel();
		for (SourceFile source : sources) {
			RDFParser.source(new ByteArrayInputStream(source.content()))
				.lang(source.lang())
				.base(BASE)
				.errorHandler(ErrorHandlerFactory.errorHandlerStrict)
				.parse(all);
		}
	}

	static long count(String where) {
		String query = """
				PREFIX mkb: <https://w3id.org/open-mkb/def#>
				PREFIX cpsv: <http://purl.org/vocab/cpsv#>
				PREFIX cv: <http://data.europa.eu/m8g/>
				PREFIX eli: <http://data.europa.eu/eli/ontology#>
				PREFIX dct: <http://purl.org/dc/terms/>
				PREFIX dcat: <http://www.w3.org/ns/dcat#>
				PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
				PREFIX schema: <https://schema.org/>
				PREFIX org: <http://www.w3.org/ns/org#>
				PREFIX adms: <http://www.w3.org/ns/adms#>
				BASE <%s>
				SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { %s }""".formatted(BASE, where);
		try (QueryExecution execution = QueryExecution.model(all).query(query).build()) {
			return execution.execSelect().next().getLiteral("n").getLong();
		}
	}

	@Test
	void shipsVocabularyAndDatasets() {
		assertThat(sources).extracting(SourceFile::id)
			.contains("vocab/ontology", "vocab/themes", "datasets/regulations", "datasets/schemes", "datasets/guides",
					"datasets/providers", "datasets/generated/sbi-2025", "datasets/generated/regions")
			.noneMatch(id -> id.startsWith("vocab/shapes"));
	}

	@Test
	void everySourceConformsToOurShapes() {
		List<Violation> violations = ShaclGate.fromLocation("classpath:catalogue/vocab/shapes/").violations(all.getGraph());

		assertThat(violations).as("violations by resource").isEmpty();
	}

	@Test
	void publicServicesAndOrganisationsConformToCpsvAp() throws IOException {
		Model shapes = ModelFactory.createDefaultModel();
		Model data = ModelFactory.createDefaultModel().add(all);
		try (InputStream shapesIn = resource("/conformance/cpsv-ap-3.2.0/cpsv-ap-SHACL.ttl");
				InputStream vocabulary = resource("/conformance/cpsv-ap-3.2.0/cpsv-ap-3.2.0-vocabulary.ttl")) {
			RDFParser.source(shapesIn).lang(Lang.TURTLE).parse(shapes);
			RDFParser.source(vocabulary).lang(Lang.TURTLE).parse(data);
		}
		ShaclGate cpsvAp = new ShaclGate(Shapes.parse(shapes.getGraph()));

		assertThat(count("?x a cpsv:PublicService")).isPositive();
		assertThat(cpsvAp.violations(data.getGraph())).isEmpty();
	}

	private static InputStream resource(String name) {
		return CuratedDataTests.class.getResourceAsStream(name);
	}

	@Test
	void hasAtLeastFortyRegulationsWithBwbIds() {
		assertThat(count("?x a eli:LegalResource ; eli:id_local ?bwb FILTER regex(?bwb, '^BWB[RV][0-9]{7}$')")).isGreaterThanOrEqualTo(40);
	}

	@Test
	void hasAtLeastFortySchemesNationalAndRegional() {
		assertThat(count("?x a cpsv:PublicService ; cv:hasCompetentAuthority ?a ; cv:thematicArea ?t ; dct:audience ?au ; dct:spatial ?s ; adms:status ?st"))
			.isGreaterThanOrEqualTo(40);
		assertThat(count("?x a cpsv:PublicService ; dct:spatial <http://publications.europa.eu/resource/authority/country/NLD>"))
			.isGreaterThanOrEqualTo(20);
		assertThat(count("?x a cpsv:PublicService ; dct:spatial ?area FILTER strstarts(str(?area), str(<id/province/>))"))
			.isGreaterThanOrEqualTo(10);
		for (String kind : List.of("subsidie", "fiscale-regeling", "garantie", "lening")) {
			assertThat(count("?x cv:isClassifiedBy <%sid/scheme-kind/%s>".formatted(BASE, kind))).as(kind).isPositive();
		}
	}

	@Test
	void hasAtLeastFifteenGuidesWithFourOrderedLinkedSteps() {
		assertThat(count("?x a mkb:Guide")).isGreaterThanOrEqualTo(15);
		assertThat(count("""
				?x a mkb:Guide .
				{ SELECT ?x (COUNT(?step) AS ?steps) WHERE { ?x schema:step ?step } GROUP BY ?x }
				FILTER(?steps < 4)""")).isZero();
		assertThat(count("?x a schema:HowToStep FILTER NOT EXISTS { ?x mkb:relatedScheme|mkb:relatedRegulation|mkb:relatedProvider ?target }"))
			.isZero();
		for (String theme : List.of("verduurzaming", "digitalisering", "arbeidsmarkt-en-personeel", "zwaar-weer",
				"internationalisering", "starten")) {
			assertThat(count("?x a mkb:Guide ; dcat:theme <%sid/theme/%s>".formatted(BASE, theme))).as(theme).isPositive();
		}
		assertThat(count("?x a mkb:Guide ; cv:isGroupedBy <%sid/event/eerste-personeel-aannemen>".formatted(BASE)))
			.as("a guide for hiring").isPositive();
	}

	@Test
	void linksOnlyToResourcesThatExist() {
		assertThat(count("""
				?s mkb:relatedScheme|mkb:relatedRegulation|mkb:relatedProvider|cv:hasCompetentAuthority|cv:hasLegalResource|cv:hasChannel|cv:ownedBy|mkb:refersTo ?x
				FILTER NOT EXISTS { ?x a ?type }""")).isZero();
	}

	@Test
	void hasTheServiceDirectory() {
		for (String provider : List.of("kvk", "rvo", "belastingdienst", "uwv", "ondernemersklankbord", "qredits", "invest-nl",
				"douane", "autoriteit-persoonsgegevens", "nederlandse-arbeidsinspectie")) {
			assertThat(count("BIND(<%sid/provider/%s> AS ?x) ?x skos:prefLabel ?label ; dct:source ?source".formatted(BASE, provider)))
				.as(provider).isOne();
		}
		assertThat(count("?x dct:spatial ?province FILTER(strstarts(str(?x), str(<id/provider/rom->)) && strstarts(str(?province), str(<id/province/>)))"))
			.as("ROMs with provinces").isEqualTo(9);
		assertThat(count("?x a cv:PublicOrganisation ; dct:spatial ?p FILTER strstarts(str(?x), str(<id/provider/provincie->))"))
			.as("provinces").isEqualTo(12);
		assertThat(count("?x a cv:Channel ; dct:type <id/channel-type/loket> ; cv:ownedBy ?gemeente FILTER strstarts(str(?gemeente), str(<id/provider/gemeente->))"))
			.as("municipal business desks").isEqualTo(342);
		assertThat(count("?x dct:spatial ?region FILTER strstarts(str(?region), str(<id/labour-market-region/>))"))
			.as("employer service points").isEqualTo(35);
		assertThat(count("?x dcat:theme ?theme FILTER strstarts(str(?x), str(<id/provider/>))"))
			.as("providers with themes").isEqualTo(count("?x a ?type FILTER strstarts(str(?x), str(<id/provider/>))"));
	}

	@Test
	void hasTheReferenceLists() {
		assertThat(count("?x skos:inScheme <id/scheme/sbi-2025> ; skos:prefLabel ?nl , ?en FILTER(lang(?nl) = 'nl' && lang(?en) = 'en')"))
			.isEqualTo(1954);
		assertThat(count("?x skos:inScheme <id/scheme/regions> ; skos:exactMatch ?tooi FILTER strstarts(str(?x), str(<id/municipality/>))"))
			.isEqualTo(342);
		assertThat(count("?x skos:inScheme <id/scheme/regions> FILTER strstarts(str(?x), str(<id/province/>))")).isEqualTo(12);
		assertThat(count("?x skos:inScheme <id/scheme/regions> FILTER strstarts(str(?x), str(<id/labour-market-region/>))")).isEqualTo(35);
		for (String theme : List.of("verduurzaming", "digitalisering", "arbeidsmarkt-en-personeel", "financiering", "zwaar-weer",
				"internationalisering", "innovatie", "starten", "wet-en-regelgeving", "bedrijfsoverdracht")) {
			assertThat(count("BIND(<%sid/theme/%s> AS ?x) ?x a skos:Concept".formatted(BASE, theme))).as(theme).isOne();
		}
		assertThat(count("?x skos:inScheme <id/scheme/audiences>")).isGreaterThanOrEqualTo(6);
	}

	@Test
	void everyCatalogueResourceCarriesItsSourceAndDate() {
		Map<String, Long> missing = List.of("regulation", "subsidy", "guide", "provider", "channel").stream()
			.collect(Collectors.toMap(type -> type, type -> count("""
					?x a ?class FILTER(strstarts(str(?x), str(<id/%s/>)) && !contains(str(?x), '#'))
					FILTER NOT EXISTS { ?x dct:source ?s ; dct:modified ?m ; dct:title ?t FILTER(lang(?t) = 'nl') }""".formatted(type))));

		assertThat(missing).allSatisfy((type, n) -> assertThat(n).as(type).isZero());
	}

}
