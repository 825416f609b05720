package nl.openmkb.catalogue.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The catalogue's own terms ({@code mkb:}), defined in {@code vocab/ontology.ttl}. */
public final class MKB {

	/** The persistent namespace of our vocabulary. */
	public static final String NS = "https://w3id.org/open-mkb/def#";

	/** A subsidy, tax credit, guarantee, loan, voucher or advice scheme for entrepreneurs. */
	public static final Resource Scheme = ResourceFactory.createResource(NS + "Scheme");

	/** A law or regulation an entrepreneur should know. */
	public static final Resource Regulation = ResourceFactory.createResource(NS + "Regulation");

	/** A step-by-step transition guide. */
	public static final Resource Guide = ResourceFactory.createResource(NS + "Guide");

	/** From a guide step to a scheme that helps with it. */
	public static final Property relatedScheme = ResourceFactory.createProperty(NS, "relatedScheme");

	/** From a guide step to a regulation that applies to it. */
	public static final Property relatedRegulation = ResourceFactory.createProperty(NS, "relatedRegulation");

	/** From a guide step to a provider that helps with it. */
	public static final Property relatedProvider = ResourceFactory.createProperty(NS, "relatedProvider");

	/** From a provider to a provider it refers entrepreneurs to. */
	public static final Property refersTo = ResourceFactory.createProperty(NS, "refersTo");

	private MKB() {
	}

}
