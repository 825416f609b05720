package nl.openmkb.catalogue.linkeddata;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.SourceGraph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.springframework.stereotype.Component;

/**
 * The VoID description of the catalogue, served at {@code /.well-known/void} (the canonical place; the SPARQL
 * endpoint's {@code /sparql/void} redirects here): size, classes with their entity counts, properties, vocabularies,
 * example resources, the SPARQL endpoint, the dumps, the IRI space and one subset per source graph. Built once per
 * snapshot.
 */
@Component
class VoidDescription {

	/** Where the description is served, relative to the base. */
	static final String PATH = ".well-known/void";

	private final CatalogueStore store;

	VoidDescription(CatalogueStore store) {
		this.store = store;
	}

	/** The IRI of the dataset the description is about. */
	static String dataset(String base) {
		return base + PATH + "#catalogue";
	}

	Graph of(CatalogueSnapshot snapshot) {
		return snapshot.derived(Built.class, s -> new Built(build(s))).graph();
	}

	private record Built(Graph graph) {
	}

	private Graph build(CatalogueSnapshot snapshot) {
		String base = snapshot.base();
		Model m = ModelFactory.createDefaultModel();
		m.setNsPrefixes(PropertyLabels.PREFIXES);
		Graph data = snapshot.graph();
		Map<String, Integer> classes = new TreeMap<>();
		Set<String> properties = new HashSet<>();
		Set<Node> subjects = new HashSet<>();
		Map<String, Boolean> vocabularies = new TreeMap<>();
		data.find().forEachRemaining(t -> {
			properties.add(t.getPredicate().getURI());
			subjects.add(t.getSubject());
			vocabularies.put(namespace(t.getPredicate().getURI()), true);
			if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
				classes.merge(t.getObject().getURI(), 1, Integer::sum);
				vocabularies.put(namespace(t.getObject().getURI()), true);
			}
		});
		ResourceIndex index = LinkedDataController.index(snapshot);
		Resource dataset = m.createResource(dataset(base), VOID.Dataset)
			.addProperty(DCTerms.title, "Open mkb-catalogus", "nl")
			.addProperty(DCTerms.title, "Open mkb catalogue", "en")
			.addProperty(DCTerms.description, "Publieke informatie voor ondernemers in het mkb: regelingen, wetten, stappenplannen, dienstverleners en referentielijsten.", "nl")
			.addProperty(DCTerms.description, "Public information for small and medium businesses: schemes, regulations, guides, providers and reference lists.", "en")
			.addProperty(DCTerms.license, m.createResource(DcatCatalogue.CC0))
			.addProperty(FOAF.homepage, m.createResource(base))
			.addProperty(VOID.sparqlEndpoint, m.createResource(base + "sparql"))
			.addProperty(VOID.uriSpace, base + "id/")
			.addProperty(VOID.rootResource, m.createResource(base))
			.addProperty(DCTerms.isPartOf, m.createResource(DcatCatalogue.document(base) + "#catalogue"))
			.addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/Turtle"))
			.addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/N-Triples"))
			.addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/JSON-LD"))
			.addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/RDF_XML"))
			.addLiteral(VOID.triples, m.createTypedLiteral(data.size(), XSDDatatype.XSDinteger))
			.addLiteral(VOID.entities, m.createTypedLiteral(index.counts().values().stream().mapToInt(Integer::intValue).sum(), XSDDatatype.XSDinteger))
			.addLiteral(VOID.distinctSubjects, m.createTypedLiteral(subjects.size(), XSDDatatype.XSDinteger))
			.addLiteral(VOID.properties, m.createTypedLiteral(properties.size(), XSDDatatype.XSDinteger))
			.addLiteral(VOID.classes, m.createTypedLiteral(classes.size(), XSDDatatype.XSDinteger));
		for (RdfFormat format : Dumps.FORMATS) {
			dataset.addProperty(VOID.dataDump, m.createResource(base + "downloads/" + Dumps.fileName(format)));
		}
		for (String vocabulary : vocabularies.keySet()) {
			dataset.addProperty(VOID.vocabulary, m.createResource(vocabulary));
		}
		for (String type : List.of("subsidy", "regulation", "guide", "provider")) {
			index.ofType(type).stream().findFirst()
				.ifPresent(entry -> dataset.addProperty(VOID.exampleResource, m.createResource(entry.iri())));
		}
		Map<String, Integer> partition = new HashMap<>(classes);
		partition.forEach((type, count) -> dataset.addProperty(VOID.classPartition, m.createResource()
			.addProperty(VOID._class, m.createResource(type))
			.addLiteral(VOID.entities, m.createTypedLiteral(count, XSDDatatype.XSDinteger))));
		Collection<SourceGraph> sources = store.sources().values();
		for (SourceGraph source : sources) {
			dataset.addProperty(VOID.subset, m.createResource(source.graphIri(), VOID.Dataset)
				.addLiteral(VOID.triples, m.createTypedLiteral(source.triples(), XSDDatatype.XSDinteger))
				.addProperty(DCTerms.modified, m.createTypedLiteral(source.loadedAt().toString(), XSDDatatype.XSDdateTime)));
		}
		return m.getGraph();
	}

	private static String namespace(String iri) {
		int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
		return cut < 0 ? iri : iri.substring(0, cut + 1);
	}

}
