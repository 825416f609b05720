package nl.openmkb.catalogue.catalog;

import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * A reference to another resource inside a representation, with what a client needs to show it without fetching it.
 *
 * @param id the resource's IRI
 * @param identifier its slug or code ({@code innovatie}, {@code gm0344}, {@code rvo})
 * @param label its label in the language asked for
 */
public record Ref(String id, String identifier, String label) {

	/** The reference to a concept or catalogue resource, labelled in the given language. */
	public static Ref of(CatalogueSnapshot snapshot, String iri, Language language) {
		Concept concept = Concepts.of(snapshot).get(iri).orElse(null);
		if (concept != null) {
			return new Ref(iri, concept.identifier(), concept.label().in(language, concept.identifier()));
		}
		String identifier = snapshot.string(NodeFactory.createURI(iri), DCTerms.identifier.asNode())
			.orElse(iri.substring(iri.lastIndexOf('/') + 1));
		return new Ref(iri, identifier, snapshot.label(iri).in(language, identifier));
	}

	/** References to several resources, in the order given. */
	public static List<Ref> of(CatalogueSnapshot snapshot, List<String> iris, Language language) {
		return iris.stream().map(iri -> of(snapshot, iri, language)).toList();
	}

}
