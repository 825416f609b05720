package nl.openmkb.catalogue.linkeddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.Texts;

import org.apache.jena.shared.PrefixMapping;

/**
 * Names people read for the properties on resource pages, in Dutch and English, and the order facts are shown in.
 * Our own terms take their labels from the ontology in the store; any other property shows as a prefixed name.
 */
final class PropertyLabels {

	/** The prefixes used for prefixed names and in the RDF we write. */
	static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
		.setNsPrefixes(PrefixMapping.Standard)
		.setNsPrefix("mkb", "https://w3id.org/open-mkb/def#")
		.setNsPrefix("cpsv", "http://purl.org/vocab/cpsv#")
		.setNsPrefix("cv", "http://data.europa.eu/m8g/")
		.setNsPrefix("eli", "http://data.europa.eu/eli/ontology#")
		.setNsPrefix("dct", "http://purl.org/dc/terms/")
		.setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
		.setNsPrefix("dcatap", "http://data.europa.eu/r5r/")
		.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
		.setNsPrefix("adms", "http://www.w3.org/ns/adms#")
		.setNsPrefix("schema", "https://schema.org/")
		.setNsPrefix("org", "http://www.w3.org/ns/org#")
		.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
		.setNsPrefix("vcard", "http://www.w3.org/2006/vcard/ns#")
		.setNsPrefix("void", "http://rdfs.org/ns/void#")
		.setNsPrefix("prov", "http://www.w3.org/ns/prov#")
		.setNsPrefix("vann", "http://purl.org/vocab/vann/")
		.lock();

	private static final Map<String, String[]> LABELS = new LinkedHashMap<>();

	static {
		label("rdf:type", "Soort", "Type");
		label("dct:identifier", "Kenmerk", "Identifier");
		label("eli:id_local", "BWB-nummer", "BWB id");
		label("skos:notation", "Code", "Code");
		label("dct:type", "Soort", "Kind");
		label("cv:isClassifiedBy", "Soort regeling", "Kind of scheme");
		label("adms:status", "Status", "Status");
		label("cv:hasCompetentAuthority", "Verantwoordelijke organisatie", "Competent authority");
		label("cv:hasLegalResource", "Wettelijke basis", "Legal basis");
		label("cv:ownedBy", "Van", "Owned by");
		label("dcat:theme", "Thema", "Theme");
		label("cv:thematicArea", "Thema", "Theme");
		label("eli:is_about", "Onderwerp", "About");
		label("dct:audience", "Doelgroep", "Audience");
		label("cv:isGroupedBy", "Gebeurtenis", "Business event");
		label("cv:sector", "Sector (SBI)", "Sector (SBI)");
		label("dct:spatial", "Gebied", "Area");
		label("cv:hasChannel", "Contact", "Channels");
		label("vcard:hasTelephone", "Telefoon", "Phone");
		label("vcard:hasEmail", "E-mail", "Email");
		label("foaf:page", "Officiële pagina", "Official page");
		label("foaf:homepage", "Website", "Website");
		label("schema:step", "Stappen", "Steps");
		label("schema:position", "Stap", "Step");
		label("skos:altLabel", "Ook bekend als", "Also known as");
		label("skos:definition", "Definitie", "Definition");
		label("skos:note", "Noot", "Note");
		label("skos:inScheme", "Lijst", "List");
		label("skos:topConceptOf", "Hoofdbegrip van", "Top concept of");
		label("skos:hasTopConcept", "Hoofdbegrippen", "Top concepts");
		label("skos:broader", "Valt onder", "Broader");
		label("skos:narrower", "Omvat", "Narrower");
		label("skos:exactMatch", "Zelfde begrip elders", "Exact match");
		label("owl:sameAs", "Zelfde als", "Same as");
		label("rdfs:seeAlso", "Zie ook", "See also");
		label("dct:source", "Bron", "Source");
		label("dct:modified", "Laatst gewijzigd", "Last modified");
		label("dct:title", "Titel", "Title");
		label("dct:description", "Beschrijving", "Description");
		label("skos:prefLabel", "Naam", "Name");
		label("rdfs:label", "Naam", "Name");
		label("rdfs:comment", "Toelichting", "Comment");
		label("dct:license", "Licentie", "Licence");
	}

	private static final List<String> ORDER = List.copyOf(LABELS.keySet());

	private PropertyLabels() {
	}

	private static void label(String prefixed, String nl, String en) {
		LABELS.put(PREFIXES.expandPrefix(prefixed), new String[] { nl, en });
	}

	/** The name of a property in the language asked for. */
	static String label(String property, Language language, CatalogueSnapshot snapshot) {
		String[] known = LABELS.get(property);
		if (known != null) {
			return known[language == Language.EN ? 1 : 0];
		}
		Texts own = snapshot.texts(org.apache.jena.graph.NodeFactory.createURI(property), org.apache.jena.vocabulary.RDFS.label.asNode());
		if (own.isEmpty()) {
			return prefixed(property);
		}
		String label = own.in(language, prefixed(property));
		return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	/** A prefixed name ({@code dct:title}) where a prefix is known, else the IRI. */
	static String prefixed(String iri) {
		return PREFIXES.shortForm(iri);
	}

	/** Where facts with this property go on a page: known properties in a fixed order, others after. */
	static int order(String property) {
		int index = ORDER.indexOf(property);
		return index < 0 ? ORDER.size() : index;
	}

}
