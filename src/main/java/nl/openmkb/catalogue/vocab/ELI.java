package nl.openmkb.catalogue.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** European Legislation Identifier ontology terms ({@code eli:}). */
public final class ELI {

	public static final String NS = "http://data.europa.eu/eli/ontology#";

	public static final Resource LegalResource = ResourceFactory.createResource(NS + "LegalResource");

	/** The local identifier; for Dutch legislation the BWB id. */
	public static final Property id_local = ResourceFactory.createProperty(NS, "id_local");

	private ELI() {
	}

}
