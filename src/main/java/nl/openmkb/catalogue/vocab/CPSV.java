package nl.openmkb.catalogue.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Core Public Service Vocabulary terms ({@code cpsv:}). */
public final class CPSV {

	public static final String NS = "http://purl.org/vocab/cpsv#";

	public static final Resource PublicService = ResourceFactory.createResource(NS + "PublicService");

	private CPSV() {
	}

}
