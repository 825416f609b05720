package nl.openmkb.catalogue.web;

import org.apache.jena.graph.Graph;

/** A model that can also be written as RDF (JSON-LD, Turtle, N-Triples) at the same URL. */
public interface RdfRepresentable {

	/** The triples that describe this resource or page; built only when RDF is asked for. */
	Graph rdf();

}
