package nl.openmkb.catalogue.sparql;

import java.util.Collection;

import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.SourceGraph;
import nl.openmkb.catalogue.system.CatalogueProperties;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.springframework.stereotype.Component;

/**
 * The SPARQL 1.1 Service Description of the endpoint (with its named graphs), built from the store's bookkeeping of
 * its source graphs; it links to the VoID description at {@code /.well-known/void}.
 */
@Component
final class ServiceDescription {

	static final String SD = "http://www.w3.org/ns/sparql-service-description#";

	private static final String FORMATS = "http://www.w3.org/ns/formats/";

	private final CatalogueStore store;

	private final String base;

	ServiceDescription(CatalogueStore store, CatalogueProperties catalogue) {
		this.store = store;
		this.base = catalogue.base();
	}

	/** The endpoint's IRI. */
	String endpoint() {
		return base + "sparql";
	}

	/** Where the VoID description lives (served by the linked data publication; {@code /sparql/void} redirects). */
	String voidDocument() {
		return base + ".well-known/void";
	}

	/** The service description: features, result formats and the dataset with every source graph. */
	Model serviceDescription() {
		Model model = prefixed();
		Resource service = model.createResource(endpoint() + "#service", model.createResource(SD + "Service"));
		service.addProperty(sd(model, "endpoint"), model.createResource(endpoint()))
			.addProperty(sd(model, "supportedLanguage"), model.createResource(SD + "SPARQL11Query"))
			.addProperty(sd(model, "feature"), model.createResource(SD + "UnionDefaultGraph"))
			.addProperty(sd(model, "defaultEntailmentRegime"), model.createResource("http://www.w3.org/ns/entailment/Simple"));
		for (String format : new String[] { "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
				"SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML" }) {
			service.addProperty(sd(model, "resultFormat"), model.createResource(FORMATS + format));
		}
		Resource dataset = model.createResource(endpoint() + "#dataset", model.createResource(SD + "Dataset"))
			.addProperty(RDFS.comment, "The default graph is the union of all named graphs.", "en")
			.addProperty(RDFS.seeAlso, model.createResource(voidDocument()));
		service.addProperty(sd(model, "defaultDataset"), dataset);
		Collection<SourceGraph> sources = store.sources().values();
		dataset.addProperty(sd(model, "defaultGraph"), model.createResource()
			.addProperty(RDF.type, model.createResource(SD + "Graph"))
			.addProperty(RDFS.comment, "The union of the named graphs.", "en"));
		for (SourceGraph source : sources) {
			dataset.addProperty(sd(model, "namedGraph"), model.createResource()
				.addProperty(RDF.type, model.createResource(SD + "NamedGraph"))
				.addProperty(sd(model, "name"), model.createResource(source.graphIri()))
				.addProperty(sd(model, "graph"), model.createResource()
					.addProperty(RDF.type, model.createResource(SD + "Graph"))
					.addLiteral(VOID.triples, model.createTypedLiteral(source.triples(), XSDDatatype.XSDinteger))));
		}
		return model;
	}

	private static Model prefixed() {
		Model model = ModelFactory.createDefaultModel();
		model.setNsPrefix("sd", SD);
		model.setNsPrefix("void", VOID.NS);
		model.setNsPrefix("dct", DCTerms.NS);
		model.setNsPrefix("rdfs", RDFS.uri);
		model.setNsPrefix("formats", FORMATS);
		return model;
	}

	private static Property sd(Model model, String local) {
		return model.createProperty(SD, local);
	}

}
