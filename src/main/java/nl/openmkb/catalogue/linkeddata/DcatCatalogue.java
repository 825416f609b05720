package nl.openmkb.catalogue.linkeddata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.springframework.stereotype.Component;

/**
 * The DCAT-AP 3 / DCAT-AP-NL 3 description of the catalogue served at {@code /catalog}: one {@code dcat:Catalog}; a
 * dataset for the whole catalogue (distributed as the dumps and through the SPARQL endpoint) and one for each part
 * (schemes, regulations, guides, providers, reference lists; distributed through the REST API); the SPARQL endpoint
 * and the REST API as data services; licence CC0 1.0, publisher and contact point from
 * {@link PublicationProperties}. The document also types the EU code list IRIs it uses, so validators need nothing
 * else. Built once per snapshot.
 */
@Component
class DcatCatalogue {

	static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";

	private static final String EU = "http://publications.europa.eu/resource/authority/";

	private static final String DCATAP = "http://data.europa.eu/r5r/";

	private static final String IANA = "https://www.iana.org/assignments/media-types/";

	/** The parts of the catalogue: id, Dutch and English title, Dutch description, REST collection, types. */
	private record Part(String id, String nl, String en, String description, String collection, List<String> types) {
	}

	private static final List<Part> PARTS = List.of(
			new Part("subsidies", "Subsidies en financiering voor het mkb", "Subsidies and financing for SMEs",
					"Subsidies, fiscale regelingen, garanties, leningen, vouchers en adviestrajecten voor ondernemers, met de verantwoordelijke organisatie, wettelijke basis, doelgroep, sectoren en gebied.",
					"subsidies", List.of("subsidy")),
			new Part("regulations", "Wetten en regels voor ondernemers", "Laws and regulations for businesses",
					"Wetten en regelingen uit het Basiswettenbestand die een ondernemer moet kennen, met een korte uitleg.",
					"regulations", List.of("regulation")),
			new Part("guides", "Stappenplannen voor ondernemers", "Step-by-step guides for businesses",
					"Stappenplannen voor veranderingen zoals starten, verduurzamen, digitaliseren, personeel aannemen en zwaar weer; elke stap verwijst naar regelingen, regels en dienstverleners.",
					"guides", List.of("guide")),
			new Part("providers", "Dienstverleners en loketten voor ondernemers", "Service providers and desks for businesses",
					"Organisaties die ondernemers helpen (KVK, RVO, ROM's, provincies, gemeenten, werkgeversservicepunten) met hun kanalen, werkgebied en thema's.",
					"providers", List.of("provider", "channel")),
			new Part("reference-lists", "Referentielijsten van de mkb-catalogus", "Reference lists of the SME catalogue",
					"Begrippenlijsten (SKOS): thema's, ondernemersgebeurtenissen, doelgroepen, soorten regelingen, statussen, soorten kanalen, SBI-codes en gebieden.",
					"themes", List.of("theme", "event", "audience", "scheme-kind", "status", "channel-type", "sbi",
							"municipality", "province", "labour-market-region", "scheme")));

	private final PublicationProperties properties;

	DcatCatalogue(PublicationProperties properties) {
		this.properties = properties;
	}

	/** The catalogue of this snapshot, built once. */
	Graph of(CatalogueSnapshot snapshot) {
		return snapshot.derived(Built.class, s -> new Built(build(s))).graph();
	}

	private record Built(Graph graph) {
	}

	/** The IRI of the catalogue document; the resources in it are hash IRIs of it. */
	static String document(String base) {
		return base + "catalog";
	}

	private Graph build(CatalogueSnapshot snapshot) {
		String base = snapshot.base();
		String doc = document(base);
		ResourceIndex index = LinkedDataController.index(snapshot);
		Model m = ModelFactory.createDefaultModel();
		m.setNsPrefixes(PropertyLabels.PREFIXES);
		Resource publisher = m.createResource(properties.publisher(), FOAF.Agent)
			.addProperty(FOAF.name, properties.publisherName());
		Resource contact = m.createResource(doc + "#contact", VCARD4.Organization)
			.addProperty(RDF.type, m.createResource(VCARD4.NS + "Kind"))
			.addProperty(VCARD4.fn, properties.publisherName())
			.addProperty(VCARD4.hasEmail, m.createResource("mailto:" + properties.contactEmail()));
		Resource licence = m.createResource(CC0, DCTerms.LicenseDocument)
			.addProperty(DCTerms.type, m.createResource("http://purl.org/adms/licencetype/PublicDomain"));
		Resource accessRights = eu(m, "access-right/PUBLIC", DCTerms.RightsStatement);
		Resource nl = eu(m, "language/NLD", DCTerms.LinguisticSystem);
		Resource en = eu(m, "language/ENG", DCTerms.LinguisticSystem);
		Resource netherlands = eu(m, "country/NLD", DCTerms.Location);
		Resource economy = eu(m, "data-theme/ECON", SKOS.Concept).addProperty(SKOS.prefLabel, "Economie en financiën", "nl");
		Resource government = eu(m, "data-theme/GOVE", SKOS.Concept).addProperty(SKOS.prefLabel, "Overheid en publieke sector", "nl");
		Resource frequency = eu(m, "frequency/IRREG", DCTerms.Frequency);
		Resource stable = eu(m, "planned-availability/STABLE", SKOS.Concept).addProperty(SKOS.prefLabel, "stable", "en");
		m.createResource(EU + "data-theme", SKOS.ConceptScheme).addProperty(DCTerms.title, "Data theme", "en");
		m.createResource("http://purl.org/adms/licencetype/PublicDomain", SKOS.Concept).addProperty(SKOS.prefLabel, "Public domain", "en");
		m.createResource(base, FOAF.Document);
		String modified = modified(snapshot, index, ResourceTypes.ALL);

		Resource catalog = m.createResource(doc + "#catalogue", DCAT.Catalog)
			.addProperty(DCTerms.title, "Open mkb-catalogus", "nl")
			.addProperty(DCTerms.title, "Open mkb catalogue", "en")
			.addProperty(DCTerms.description, "Publieke informatie voor ondernemers in het mkb als open, gekoppelde gegevens: regelingen en subsidies, wetten en regels, stappenplannen en de dienstverleners en loketten die helpen.", "nl")
			.addProperty(DCTerms.description, "Public information for small and medium businesses in the Netherlands as open linked data: schemes and subsidies, laws and regulations, step-by-step guides and the providers and desks that help.", "en")
			.addProperty(DCTerms.publisher, publisher)
			.addProperty(DCTerms.language, nl).addProperty(DCTerms.language, en)
			.addProperty(DCTerms.license, licence)
			.addProperty(DCTerms.spatial, netherlands)
			.addProperty(DCTerms.modified, m.createTypedLiteral(modified, XSDDatatype.XSDdate))
			.addProperty(FOAF.homepage, m.createResource(base))
			.addProperty(DCAT.themeTaxonomy, m.createResource(EU + "data-theme"))
			.addProperty(DCAT.contactPoint, contact);

		Resource whole = dataset(m, doc + "#dataset-catalogue", "catalogue", "Open mkb-catalogus (alle gegevens)",
				"Open mkb catalogue (all data)",
				"De hele catalogus: regelingen, wetten, stappenplannen, dienstverleners en referentielijsten, met per bron de herkomst.",
				modified, publisher, contact, accessRights, nl, netherlands, frequency, economy, government, base);
		catalog.addProperty(DCAT.dataset, whole);
		for (RdfFormat format : List.of(RdfFormat.TURTLE, RdfFormat.N_TRIPLES, RdfFormat.JSON_LD)) {
			String url = base + "downloads/" + Dumps.fileName(format);
			Resource distribution = m.createResource(doc + "#dump-" + format.key(), DCAT.Distribution)
				.addProperty(DCTerms.title, "Volledige dump (" + label(format) + ", gzip)", "nl")
				.addProperty(DCTerms.title, "Full dump (" + label(format) + ", gzip)", "en")
				.addProperty(DCTerms.description, "De hele catalogus als één gzip-bestand, opnieuw gemaakt bij elke wijziging; het SHA-256-controlegetal staat op " + url + ".sha256.", "nl")
				.addProperty(DCAT.accessURL, m.createResource(base + "downloads"))
				.addProperty(DCAT.downloadURL, m.createResource(url))
				.addProperty(DCTerms.format, eu(m, "file-type/" + fileType(format), DCTerms.MediaTypeOrExtent))
				.addProperty(DCAT.mediaType, m.createResource(IANA + format.mediaType().getType() + "/" + format.mediaType().getSubtype()).addProperty(RDF.type, DCTerms.MediaType))
				.addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip").addProperty(RDF.type, DCTerms.MediaType))
				.addProperty(DCTerms.license, licence)
				.addProperty(DCTerms.modified, m.createTypedLiteral(modified, XSDDatatype.XSDdate))
				.addProperty(m.createProperty(DCATAP, "availability"), stable);
			whole.addProperty(DCAT.distribution, distribution);
		}
		Resource sparql = m.createResource(doc + "#service-sparql", DCAT.DataService);
		Resource rest = m.createResource(doc + "#service-rest", DCAT.DataService);
		Resource sparqlDistribution = m.createResource(doc + "#distribution-sparql", DCAT.Distribution)
			.addProperty(DCTerms.title, "SPARQL-endpoint", "nl")
			.addProperty(DCTerms.title, "SPARQL endpoint", "en")
			.addProperty(DCTerms.description, "Vragen over alle gegevens met SPARQL 1.1.", "nl")
			.addProperty(DCAT.accessURL, m.createResource(base + "sparql"))
			.addProperty(DCAT.accessService, sparql)
			.addProperty(DCTerms.format, eu(m, "file-type/SPARQLQ", DCTerms.MediaTypeOrExtent))
			.addProperty(DCTerms.license, licence)
			.addProperty(m.createProperty(DCATAP, "availability"), stable);
		whole.addProperty(DCAT.distribution, sparqlDistribution);
		service(m, sparql, "sparql", "SPARQL-endpoint van de Open mkb-catalogus", "SPARQL endpoint of the Open mkb catalogue",
				"SPARQL 1.1 Protocol over alle gegevens (alleen lezen), met een servicebeschrijving en voorbeeldvragen.",
				base + "sparql", base + "sparql", "https://www.w3.org/TR/sparql11-protocol/", publisher, contact, licence,
				accessRights, economy);
		sparql.addProperty(DCAT.servesDataset, whole);
		service(m, rest, "rest-api", "REST API van de Open mkb-catalogus", "REST API of the Open mkb catalogue",
				"REST API volgens de NL API Design Rules: HAL-JSON, JSON-LD, Turtle, N-Triples en CSV, met filters en paginering.",
				base + "api/v1", base + "api/v1/openapi.json", "https://spec.openapis.org/oas/v3.1.0", publisher, contact,
				licence, accessRights, economy);
		catalog.addProperty(DCAT.service, sparql).addProperty(DCAT.service, rest);

		for (Part part : PARTS) {
			String partModified = modified(snapshot, index, part.types());
			Resource dataset = dataset(m, doc + "#dataset-" + part.id(), part.id(), part.nl(), part.en(), part.description(),
					partModified, publisher, contact, accessRights, nl, netherlands, frequency, economy, government, base + "doc/" + part.types().get(0));
			dataset.addProperty(DCTerms.isPartOf, whole);
			Resource distribution = m.createResource(doc + "#api-" + part.id(), DCAT.Distribution)
				.addProperty(DCTerms.title, "REST API: /api/v1/" + part.collection(), "nl")
				.addProperty(DCTerms.description, "De gegevens als HAL-JSON, JSON-LD, Turtle, N-Triples of CSV, met filters en paginering.", "nl")
				.addProperty(DCAT.accessURL, m.createResource(base + "api/v1/" + part.collection()))
				.addProperty(DCAT.accessService, rest)
				.addProperty(DCTerms.format, eu(m, "file-type/JSON", DCTerms.MediaTypeOrExtent))
				.addProperty(DCAT.mediaType, m.createResource(IANA + "application/json").addProperty(RDF.type, DCTerms.MediaType))
				.addProperty(DCTerms.license, licence)
				.addProperty(m.createProperty(DCATAP, "availability"), stable);
			dataset.addProperty(DCAT.distribution, distribution);
			rest.addProperty(DCAT.servesDataset, dataset);
			catalog.addProperty(DCAT.dataset, dataset);
		}
		m.createResource("https://www.w3.org/TR/sparql11-protocol/", DCTerms.Standard);
		m.createResource("https://spec.openapis.org/oas/v3.1.0", DCTerms.Standard);
		return m.getGraph();
	}

	private Resource dataset(Model m, String iri, String identifier, String nlTitle, String enTitle, String description,
			String modified, Resource publisher, Resource contact, Resource accessRights, Resource language,
			Resource spatial, Resource frequency, Resource economy, Resource government, String landingPage) {
		return m.createResource(iri, DCAT.Dataset)
			.addProperty(DCTerms.identifier, "open-mkb-" + identifier)
			.addProperty(DCTerms.title, nlTitle, "nl")
			.addProperty(DCTerms.title, enTitle, "en")
			.addProperty(DCTerms.description, description, "nl")
			.addProperty(DCTerms.publisher, publisher)
			.addProperty(DCTerms.creator, publisher)
			.addProperty(DCTerms.accessRights, accessRights)
			.addProperty(DCTerms.language, language)
			.addProperty(DCTerms.spatial, spatial)
			.addProperty(DCTerms.accrualPeriodicity, frequency)
			.addProperty(DCTerms.modified, m.createTypedLiteral(modified, XSDDatatype.XSDdate))
			.addProperty(DCAT.theme, economy)
			.addProperty(DCAT.theme, government)
			.addProperty(DCAT.keyword, "mkb", "nl")
			.addProperty(DCAT.keyword, "ondernemers", "nl")
			.addProperty(DCAT.keyword, "open data", "nl")
			.addProperty(DCAT.landingPage, m.createResource(landingPage).addProperty(RDF.type, FOAF.Document))
			.addProperty(DCAT.contactPoint, contact);
	}

	private static void service(Model m, Resource service, String identifier, String nlTitle, String enTitle,
			String description, String endpoint, String endpointDescription, String standard, Resource publisher,
			Resource contact, Resource licence, Resource accessRights, Resource theme) {
		service.addProperty(DCTerms.identifier, "open-mkb-" + identifier)
			.addProperty(DCTerms.title, nlTitle, "nl")
			.addProperty(DCTerms.title, enTitle, "en")
			.addProperty(DCTerms.description, description, "nl")
			// Typed, because validators check the class of values without inference.
			.addProperty(DCAT.endpointURL, m.createResource(endpoint, RDFS.Resource))
			.addProperty(DCAT.endpointDescription, m.createResource(endpointDescription, RDFS.Resource))
			.addProperty(DCTerms.conformsTo, m.createResource(standard))
			.addProperty(DCTerms.publisher, publisher)
			.addProperty(DCTerms.accessRights, accessRights)
			.addProperty(DCTerms.license, licence)
			.addProperty(DCAT.theme, theme)
			.addProperty(DCAT.keyword, "mkb", "nl")
			.addProperty(DCAT.contactPoint, contact);
	}

	private static Resource eu(Model m, String path, Resource type) {
		return m.createResource(EU + path, type);
	}

	private static String label(RdfFormat format) {
		return switch (format) {
			case TURTLE -> "Turtle";
			case N_TRIPLES -> "N-Triples";
			case JSON_LD -> "JSON-LD";
			case RDF_XML -> "RDF/XML";
		};
	}

	private static String fileType(RdfFormat format) {
		return switch (format) {
			case TURTLE -> "RDF_TURTLE";
			case N_TRIPLES -> "RDF_N_TRIPLES";
			case JSON_LD -> "JSON_LD";
			case RDF_XML -> "RDF_XML";
		};
	}

	/** The latest {@code dct:modified} of the resources of these types, else today. */
	private static String modified(CatalogueSnapshot snapshot, ResourceIndex index, List<String> types) {
		Optional<LocalDate> latest = types.stream()
			.flatMap(type -> index.ofType(type).stream())
			.map(entry -> snapshot.date(NodeFactory.createURI(entry.iri()), DCTerms.modified.asNode()))
			.flatMap(Optional::stream)
			.max(LocalDate::compareTo);
		return latest.orElse(LocalDate.now()).toString();
	}

}
