package nl.openmkb.catalogue.refdata;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the Core Public Service Vocabulary ({@code cv:}) that the reference lists use. */
final class CV {

	static final String NS = "http://data.europa.eu/m8g/";

	static final Resource PublicOrganisation = ResourceFactory.createResource(NS + "PublicOrganisation");

	static final Resource Channel = ResourceFactory.createResource(NS + "Channel");

	static final Property hasChannel = ResourceFactory.createProperty(NS, "hasChannel");

	static final Property ownedBy = ResourceFactory.createProperty(NS, "ownedBy");

	private CV() {
	}

}
