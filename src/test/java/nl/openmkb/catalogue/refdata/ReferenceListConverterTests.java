package nl.openmkb.catalogue.refdata;

import nl.openmkb.catalogue.vocab.CV;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Specifies the generated reference lists: SBI 2025, regions and regional providers. */
class ReferenceListConverterTests {

	private static final Path SOURCES = Path.of("datasets", "sources");

	private static final Path GENERATED = Path.of("datasets", "generated");

	private static final Map<String, Model> LISTS = ReferenceListConverter.build(SOURCES);

	private static final Model SBI = LISTS.get(SbiList.FILE);

	private static final Model REGIONS = LISTS.get(RegionList.FILE);

	private static final Model PROVIDERS = LISTS.get(ProviderList.FILE);

	private static final Resource NLD = Ids.NETHERLANDS;

	@Test
	void convertsEverySbi2025CodeIntoOneHierarchy() {
		Set<Resource> codes = subjects(SBI, SKOS.inScheme, SbiList.SCHEME);
		assertThat(codes).hasSize(1954).allSatisfy((code) -> assertThat(code.hasProperty(RDF.type, SKOS.Concept)).isTrue());
		assertThat(objects(SBI, SbiList.SCHEME, SKOS.hasTopConcept)).hasSize(22);
		assertThat(subjects(SBI, SKOS.topConceptOf, SbiList.SCHEME)).hasSize(22);
		Map<Integer, Long> byLength = codes.stream()
			.collect(Collectors.groupingBy((code) -> code.getProperty(SKOS.notation).getString().length(),
					Collectors.counting()));
		assertThat(byLength).containsExactlyInAnyOrderEntriesOf(Map.of(1, 22L, 2, 87L, 3, 287L, 4, 651L, 5, 907L));
		assertThat(codes).filteredOn((code) -> !code.hasProperty(SKOS.topConceptOf))
			.allSatisfy((code) -> assertThat(objects(SBI, code, SKOS.broader)).hasSize(1));
	}

	@Test
	void linksASubclassUpToItsSection() {
		List<String> chain = new ArrayList<>();
		Resource code = sbi("01110");
		while (code.hasProperty(SKOS.broader)) {
			code = code.getPropertyResourceValue(SKOS.broader);
			chain.add(code.getProperty(SKOS.notation).getString());
		}
		assertThat(chain).containsExactly("0111", "011", "01", "A");
		assertThat(code).isEqualTo(Ids.id("sbi", "a"));
		assertThat(code.hasProperty(SKOS.topConceptOf, SbiList.SCHEME)).isTrue();
		assertThat(code.getProperty(DCTerms.identifier).getString()).isEqualTo("a");
	}

	@Test
	void sentenceCasesSectionTitlesAndKeepsOtherTitles() {
		assertThat(labels(SBI, sbi("A"), SKOS.prefLabel)).containsExactly("Landbouw, bosbouw en visserij@nl",
				"Agriculture, forestry and fishing@en");
		assertThat(labels(SBI, sbi("L"), SKOS.prefLabel))
			.contains("Activiteiten op het gebied van financiële dienstverlening en verzekeringen@nl");
		assertThat(labels(SBI, sbi("0111"), SKOS.prefLabel)).containsExactly(
				"Teelt van andere granen dan rijst, en van peulgewassen en oliehoudende zaden@nl",
				"Growing of cereals, other than rice, leguminous crops and oil seeds@en");
	}

	@Test
	void listsTwelveProvincesUnderTheNetherlands() {
		Set<Resource> provinces = conceptsOfType("province");
		assertThat(provinces).hasSize(12)
			.allSatisfy((province) -> assertThat(objects(REGIONS, province, SKOS.broader)).containsExactly(NLD));
		Resource utrecht = Ids.id("province", "pv26");
		assertThat(labels(REGIONS, utrecht, SKOS.prefLabel)).containsExactly("Utrecht@nl");
		assertThat(utrecht.inModel(REGIONS).getProperty(SKOS.notation).getString()).isEqualTo("PV26");
		assertThat(objects(REGIONS, utrecht, SKOS.exactMatch))
			.containsExactly(Ids.iri("https://identifier.overheid.nl/tooi/id/provincie/pv26"));
		assertThat(objects(REGIONS, RegionList.SCHEME, SKOS.hasTopConcept)).containsExactly(NLD);
		assertThat(labels(REGIONS, NLD, SKOS.prefLabel)).containsExactly("Nederland@nl", "Netherlands@en");
	}

	@Test
	void listsOnlyTheActiveMunicipalities() {
		assertThat(conceptsOfType("municipality")).hasSize(342)
			.allSatisfy((m) -> assertThat(m.hasProperty(RDF.type, DCTerms.Location)).isTrue());
		assertThat(REGIONS.containsResource(Ids.id("municipality", "gm0390"))).as("'s-Graveland, ended 2001")
			.isFalse();
		assertThat(REGIONS.getResource(Ids.id("municipality", "gm0344").getURI()).getProperty(SKOS.notation).getString())
			.isEqualTo("GM0344");
	}

	@Test
	void listsThirtyFiveLabourMarketRegions() {
		Set<Resource> regions = conceptsOfType("labour-market-region");
		assertThat(regions).hasSize(35)
			.allSatisfy((region) -> assertThat(objects(REGIONS, region, SKOS.broader)).containsExactly(NLD));
		Resource zaanstreek = Ids.id("labour-market-region", "zaanstreek-waterland");
		assertThat(labels(REGIONS, zaanstreek, SKOS.prefLabel)).containsExactly("Arbeidsmarktregio Zaanstreek/Waterland@nl");
		assertThat(REGIONS.getResource(zaanstreek.getURI()).getProperty(SKOS.notation).getString()).isEqualTo("7");
	}

	@Test
	void placesAMunicipalityInItsProvinceAndLabourMarketRegion() {
		Resource utrecht = Ids.id("municipality", "gm0344");
		assertThat(objects(REGIONS, utrecht, SKOS.broader)).containsExactlyInAnyOrder(Ids.id("province", "pv26"),
				Ids.id("labour-market-region", "midden-utrecht"));
		assertThat(objects(REGIONS, utrecht, SKOS.exactMatch))
			.containsExactly(Ids.iri("https://identifier.overheid.nl/tooi/id/gemeente/gm0344"));
	}

	@Test
	void givesAMergedMunicipalityTheRegionsOfAllItsPredecessors() {
		assertThat(objects(REGIONS, Ids.id("municipality", "gm0394"), SKOS.broader)).as("Haarlemmermeer")
			.containsExactlyInAnyOrder(Ids.id("province", "pv27"), Ids.id("labour-market-region", "groot-amsterdam"),
					Ids.id("labour-market-region", "zuid-kennemerland-en-ijmond"));
		assertThat(objects(REGIONS, Ids.id("municipality", "gm0855"), SKOS.broader)).as("Tilburg")
			.containsExactlyInAnyOrder(Ids.id("province", "pv30"), Ids.id("labour-market-region", "midden-brabant"),
					Ids.id("labour-market-region", "noordoost-brabant"));
	}

	@Test
	void placesEveryActiveMunicipalityInALabourMarketRegion() {
		Set<Resource> regions = conceptsOfType("labour-market-region");
		List<CsvTable.Row> active = CsvTable.read(SOURCES.resolve(Municipality.FILE))
			.rows()
			.stream()
			.filter((row) -> row.get("actief").equals("ja"))
			.toList();
		assertThat(active).hasSize(342).allSatisfy((row) -> {
			Resource municipality = Ids.id("municipality", row.get("cbs_code").toLowerCase());
			assertThat(objects(REGIONS, municipality, SKOS.broader)).as(row.get("naam")).containsAnyElementsOf(regions);
		});
	}

	@Test
	void refusesSourcesThatLeaveAnActiveMunicipalityOutsideEveryRegion(@TempDir Path sources) throws IOException {
		copySources(sources);
		Path regions = sources.resolve(LabourMarketRegion.FILE);
		List<String> lines = Files.readAllLines(regions).stream().filter((line) -> !line.contains("/gm0344,")).toList();
		Files.write(regions, lines);
		assertThatIllegalStateException().isThrownBy(() -> ReferenceListConverter.build(sources))
			.withMessageContaining("Active municipality Utrecht is in no labour-market region");
	}

	@Test
	void createsAProviderPerProvinceMunicipalityAndRegion() {
		Set<Resource> providers = subjects(PROVIDERS, RDF.type, CV.PublicOrganisation);
		assertThat(providers).hasSize(12 + 342 + 35);
		assertThat(slugsOf(providers, "provincie-")).containsExactlyInAnyOrder("provincie-groningen", "provincie-fryslan",
				"provincie-drenthe", "provincie-overijssel", "provincie-flevoland", "provincie-gelderland",
				"provincie-utrecht", "provincie-noord-holland", "provincie-zuid-holland", "provincie-zeeland",
				"provincie-noord-brabant", "provincie-limburg");
		assertThat(slugsOf(providers, "gemeente-")).hasSize(342).contains("gemeente-utrecht", "gemeente-s-gravenhage");
		assertThat(slugsOf(providers, "werkgeversservicepunt-")).hasSize(35);
		Resource utrecht = Ids.id("provider", "provincie-utrecht");
		assertThat(labels(PROVIDERS, utrecht, DCTerms.title)).containsExactly("Provincie Utrecht@nl",
				"Province of Utrecht@en");
		assertThat(objects(PROVIDERS, utrecht, OWL.sameAs))
			.containsExactly(Ids.iri("https://identifier.overheid.nl/tooi/id/provincie/pv26"));
		assertThat(objects(PROVIDERS, utrecht, DCTerms.spatial)).containsExactly(Ids.id("province", "pv26"));
		assertThat(objects(PROVIDERS, Ids.id("provider", "werkgeversservicepunt-midden-utrecht"), DCTerms.spatial))
			.containsExactly(Ids.id("labour-market-region", "midden-utrecht"));
	}

	@Test
	void givesEveryMunicipalityABusinessDesk() {
		Set<Resource> desks = subjects(PROVIDERS, RDF.type, CV.Channel);
		assertThat(desks).hasSize(342).allSatisfy((desk) -> {
			Resource owner = desk.getPropertyResourceValue(CV.ownedBy);
			assertThat(objects(PROVIDERS, owner, CV.hasChannel)).containsExactly(desk);
			assertThat(objects(PROVIDERS, desk, DCTerms.type)).containsExactly(Ids.id("channel-type", "loket"));
			assertThat(desk.getURI()).isEqualTo(owner.getURI().replace("/provider/", "/channel/") + "-ondernemersloket");
		});
		Resource haag = Ids.id("channel", "gemeente-s-gravenhage-ondernemersloket");
		assertThat(labels(PROVIDERS, haag, DCTerms.title)).contains("Ondernemersloket gemeente 's-Gravenhage@nl");
	}

	@Test
	void foldsNamesIntoKebabCaseAsciiSlugs() {
		assertThat(Slugs.of("'s-Gravenhage")).isEqualTo("s-gravenhage");
		assertThat(Slugs.of("Fryslân")).isEqualTo("fryslan");
		assertThat(Slugs.of("Súdwest-Fryslân")).isEqualTo("sudwest-fryslan");
		assertThat(Slugs.of("Nuenen, Gerwen en Nederwetten")).isEqualTo("nuenen-gerwen-en-nederwetten");
		assertThat(Slugs.of("Bergen (NH)")).isEqualTo("bergen-nh");
		assertThat(Slugs.of("Zaanstreek/Waterland")).isEqualTo("zaanstreek-waterland");
	}

	@Test
	void identifiesEveryCatalogueResourceByItsSlug() {
		for (Model list : LISTS.values()) {
			Set<Resource> resources = list.listSubjects().filterKeep((s) -> s.getURI().startsWith(Ids.BASE)).toSet();
			assertThat(resources).allSatisfy((resource) -> {
				assertThat(objects(list, resource, DCTerms.identifier)).hasSize(1);
				String slug = resource.getProperty(DCTerms.identifier).getString();
				assertThat(slug).matches(Slugs.SLUG);
				assertThat(resource.getURI()).endsWith("/" + slug);
			});
		}
	}

	@Test
	void givesEveryProviderItsOwnSlug() {
		Areas areas = Areas.read(SOURCES);
		assertThat(areas.provinces().stream().map(Province::providerSlug).distinct()).hasSize(12);
		assertThat(areas.municipalities().stream().map(Municipality::providerSlug).distinct()).hasSize(342);
		assertThat(areas.regions().stream().map(LabourMarketRegion::providerSlug).distinct()).hasSize(35);
		assertThat(PROVIDERS.listObjectsOfProperty(DCTerms.identifier).toList()).hasSize(12 + 342 + 35 + 342)
			.doesNotHaveDuplicates();
	}

	@Test
	void readsQuotedCsvFields() {
		CsvTable table = CsvTable.parse("test.csv",
				"code,naam\r\nGM0820,\"Nuenen, Gerwen en Nederwetten\"\r\nGM0518,'s-Gravenhage\r\nX,\"zegt \"\"hoi\"\"\"\r\n");
		assertThat(table.rows()).extracting((row) -> row.get("naam"))
			.containsExactly("Nuenen, Gerwen en Nederwetten", "'s-Gravenhage", "zegt \"hoi\"");
		assertThat(labels(REGIONS, Ids.id("municipality", "gm0820"), SKOS.prefLabel))
			.containsExactly("Nuenen, Gerwen en Nederwetten@nl");
		assertThat(labels(PROVIDERS, Ids.id("provider", "gemeente-nuenen-gerwen-en-nederwetten"), SKOS.prefLabel))
			.contains("Gemeente Nuenen, Gerwen en Nederwetten@nl");
	}

	@Test
	void givesEveryResourceASourceAndModificationDate() {
		for (Model list : LISTS.values()) {
			assertThat(list.listSubjects().toList()).isNotEmpty().allSatisfy((resource) -> {
				assertThat(objects(list, resource, DCTerms.source)).as(resource.toString())
					.isNotEmpty()
					.allSatisfy((source) -> assertThat(source.isURIResource()).isTrue());
				assertThat(objects(list, resource, DCTerms.modified)).as(resource.toString())
					.containsExactly(Ids.MODIFIED);
			});
		}
	}

	@Test
	void writesRelativeIrisWithoutBase(@TempDir Path output) throws IOException {
		ReferenceListConverter.convert(SOURCES, output);
		String turtle = Files.readString(output.resolve(SbiList.FILE));
		assertThat(turtle).doesNotContain("@base", "BASE", Ids.BASE).contains("<id/sbi/0111>");
		Model resolved = parse(output.resolve(SbiList.FILE), "http://localhost:8080/");
		assertThat(resolved.containsResource(resolved.createResource("http://localhost:8080/id/sbi/0111"))).isTrue();
	}

	@Test
	void writesTheSameBytesOnEveryRun(@TempDir Path first, @TempDir Path second) throws IOException {
		ReferenceListConverter.convert(SOURCES, first);
		ReferenceListConverter.convert(SOURCES, second);
		for (String file : LISTS.keySet()) {
			assertThat(Files.readString(second.resolve(file))).isEqualTo(Files.readString(first.resolve(file)));
		}
	}

	@Test
	void committedFilesAreUpToDate(@TempDir Path output) {
		ReferenceListConverter.convert(SOURCES, output);
		for (String file : LISTS.keySet()) {
			Model committed = parse(GENERATED.resolve(file), Ids.BASE);
			Model regenerated = parse(output.resolve(file), Ids.BASE);
			assertThat(committed.isIsomorphicWith(regenerated))
				.as("%s is stale: regenerate it as described in datasets/sources/README.md", GENERATED.resolve(file))
				.isTrue();
		}
	}

	private static Resource sbi(String code) {
		return Ids.id("sbi", code.toLowerCase()).inModel(SBI);
	}

	private static Set<Resource> conceptsOfType(String type) {
		return subjects(REGIONS, SKOS.inScheme, RegionList.SCHEME).stream()
			.filter((concept) -> concept.getURI().startsWith(Ids.BASE + "id/" + type + "/"))
			.collect(Collectors.toSet());
	}

	private static Set<Resource> subjects(Model model, Property property, RDFNode value) {
		return model.listSubjectsWithProperty(property, value).toSet();
	}

	private static List<RDFNode> objects(Model model, Resource subject, Property property) {
		return model.listObjectsOfProperty(subject, property).toList();
	}

	private static List<String> labels(Model model, Resource subject, Property property) {
		return objects(model, subject, property).stream()
			.map(RDFNode::asLiteral)
			.sorted(Comparator.comparing((Literal literal) -> !literal.getLanguage().equals("nl")))
			.map((literal) -> literal.getLexicalForm() + "@" + literal.getLanguage())
			.toList();
	}

	private static List<String> slugsOf(Set<Resource> providers, String prefix) {
		return providers.stream()
			.map((provider) -> provider.getProperty(DCTerms.identifier).getString())
			.filter((slug) -> slug.startsWith(prefix))
			.toList();
	}

	private static Model parse(Path file, String base) {
		Model model = ModelFactory.createDefaultModel();
		RDFParser.source(file).base(base).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(model);
		return model;
	}

	private static void copySources(Path target) throws IOException {
		try (Stream<Path> files = Files.list(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".csv")).toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		}
	}

}
