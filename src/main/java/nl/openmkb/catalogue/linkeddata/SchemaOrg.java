package nl.openmkb.catalogue.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Language;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org description of a resource that its HTML page embeds for search engines, as JSON-LD. The JSON is
 * made safe for a {@code <script>} element: {@code <}, {@code >} and {@code &} are written as Unicode escapes, so
 * no text from the data can close the element.
 */
final class SchemaOrg {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CPSV = "http://purl.org/vocab/cpsv#";

	private static final String CV = "http://data.europa.eu/m8g/";

	private static final String SCHEMA = "https://schema.org/";

	private static final Map<String, String> TYPES = new LinkedHashMap<>();

	static {
		TYPES.put(CPSV + "PublicService", "GovernmentService");
		TYPES.put("http://data.europa.eu/eli/ontology#LegalResource", "Legislation");
		TYPES.put(SCHEMA + "HowTo", "HowTo");
		TYPES.put("https://w3id.org/open-mkb/def#Guide", "HowTo");
		TYPES.put(CV + "PublicOrganisation", "GovernmentOrganization");
		TYPES.put("http://www.w3.org/ns/org#Organization", "Organization");
		TYPES.put("http://xmlns.com/foaf/0.1/Organization", "Organization");
		TYPES.put(CV + "Channel", "ContactPoint");
		TYPES.put(SKOS.ConceptScheme.getURI(), "DefinedTermSet");
		TYPES.put(SKOS.Concept.getURI(), "DefinedTerm");
	}

	private SchemaOrg() {
	}

	static String describe(CatalogueSnapshot snapshot, ResourceIndex index, ResourceIndex.Entry entry, Language language,
			Graph graph) {
		Node subject = NodeFactory.createURI(entry.iri());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("@context", "https://schema.org");
		json.put("@type", type(snapshot, subject));
		json.put("@id", entry.iri());
		json.put("name", entry.label(language));
		String description = snapshot.texts(subject, DCTerms.description.asNode()).in(language);
		if (description != null) {
			json.put("description", description);
		}
		json.put("url", snapshot.base() + "doc/" + entry.type() + "/" + entry.slug());
		json.put("inLanguage", language.tag());
		snapshot.string(subject, DCTerms.identifier.asNode()).ifPresent(id -> json.put("identifier", id));
		snapshot.string(subject, DCTerms.modified.asNode()).ifPresent(date -> json.put("dateModified", date));
		snapshot.iri(subject, DCTerms.source.asNode()).ifPresent(source -> json.put("isBasedOn", source));
		snapshot.string(subject, NodeFactory.createURI("http://data.europa.eu/eli/ontology#id_local"))
			.ifPresent(id -> json.put("legislationIdentifier", id));
		snapshot.iri(subject, NodeFactory.createURI(CV + "hasCompetentAuthority")).map(index::get)
			.ifPresent(provider -> json.put("provider", Map.of("@type", "Organization", "@id", provider.iri(), "name",
					provider.label(language))));
		snapshot.iri(subject, SKOS.inScheme.asNode()).map(index::get)
			.ifPresent(scheme -> json.put("inDefinedTermSet", scheme.iri()));
		List<Map<String, Object>> steps = new ArrayList<>();
		graph.find(subject, NodeFactory.createURI(SCHEMA + "step"), Node.ANY).forEachRemaining(t -> {
			Node step = t.getObject();
			Map<String, Object> howTo = new LinkedHashMap<>();
			howTo.put("@type", "HowToStep");
			snapshot.string(step, NodeFactory.createURI(SCHEMA + "position")).ifPresent(p -> howTo.put("position", p));
			howTo.put("name", snapshot.texts(step, DCTerms.title.asNode()).in(language, ""));
			howTo.put("text", snapshot.texts(step, DCTerms.description.asNode()).in(language, ""));
			steps.add(howTo);
		});
		if (!steps.isEmpty()) {
			steps.sort(java.util.Comparator.comparing(s -> String.format("%10s", s.getOrDefault("position", ""))));
			json.put("step", steps);
		}
		return scriptSafe(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
	}

	private static String type(CatalogueSnapshot snapshot, Node subject) {
		for (Map.Entry<String, String> type : TYPES.entrySet()) {
			if (snapshot.hasType(subject, NodeFactory.createURI(type.getKey()))) {
				return type.getValue();
			}
		}
		return "Thing";
	}

	/** JSON with the characters that could end a script element escaped; still the same JSON. */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
