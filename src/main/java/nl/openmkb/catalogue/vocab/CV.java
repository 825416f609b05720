package nl.openmkb.catalogue.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Core Vocabularies terms ({@code cv:}, {@code http://data.europa.eu/m8g/}) used by CPSV-AP 3.2. */
public final class CV {

	public static final String NS = "http://data.europa.eu/m8g/";

	public static final Resource PublicOrganisation = ResourceFactory.createResource(NS + "PublicOrganisation");

	public static final Resource Channel = ResourceFactory.createResource(NS + "Channel");

	public static final Resource BusinessEvent = ResourceFactory.createResource(NS + "BusinessEvent");

	public static final Property hasCompetentAuthority = ResourceFactory.createProperty(NS, "hasCompetentAuthority");

	public static final Property hasLegalResource = ResourceFactory.createProperty(NS, "hasLegalResource");

	public static final Property hasChannel = ResourceFactory.createProperty(NS, "hasChannel");

	public static final Property ownedBy = ResourceFactory.createProperty(NS, "ownedBy");

	public static final Property thematicArea = ResourceFactory.createProperty(NS, "thematicArea");

	public static final Property sector = ResourceFactory.createProperty(NS, "sector");

	public static final Property isGroupedBy = ResourceFactory.createProperty(NS, "isGroupedBy");

	public static final Property isClassifiedBy = ResourceFactory.createProperty(NS, "isClassifiedBy");

	private CV() {
	}

}
