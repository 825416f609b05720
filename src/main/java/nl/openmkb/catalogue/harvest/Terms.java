package nl.openmkb.catalogue.harvest;

import java.util.Map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The prefixes a mapping may use in predicate and class names, e.g. {@code dct:title}. */
final class Terms {

	static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("mkb", "https://w3id.org/open-mkb/def#"),
			Map.entry("cpsv", "http://purl.org/vocab/cpsv#"), Map.entry("cv", "http://data.europa.eu/m8g/"),
			Map.entry("dct", "http://purl.org/dc/terms/"), Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
			Map.entry("adms", "http://www.w3.org/ns/adms#"), Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
			Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"), Map.entry("schema", "https://schema.org/"),
			Map.entry("eli", "http://data.europa.eu/eli/ontology#"), Map.entry("org", "http://www.w3.org/ns/org#"),
			Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
			Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
			Map.entry("vcard", "http://www.w3.org/2006/vcard/ns#"));

	private Terms() {
	}

	/** Expands {@code prefix:local}; fails for an unknown prefix. */
	static String expand(String prefixed) {
		int colon = prefixed.indexOf(':');
		String namespace = colon < 0 ? null : PREFIXES.get(prefixed.substring(0, colon));
		if (namespace == null || !prefixed.substring(colon + 1).matches("[A-Za-z][A-Za-z0-9_-]*")) {
			throw new IllegalArgumentException("Not a known prefixed name: " + prefixed + " (prefixes: "
					+ String.join(", ", new java.util.TreeSet<>(PREFIXES.keySet())) + ")");
		}
		return namespace + prefixed.substring(colon + 1);
	}

	static Property property(String prefixed) {
		return ResourceFactory.createProperty(expand(prefixed));
	}

}
