package nl.openmkb.catalogue.web;

/** The catalogue has no resource with the identifier in the path; answered with 404. */
public class ResourceNotFoundException extends RuntimeException {

	public ResourceNotFoundException(String kind, String identifier) {
		super("There is no " + kind + " with identifier '" + identifier + "'.");
	}

}
