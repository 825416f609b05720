package nl.openmkb.catalogue.linkeddata;

/** No resource, list or download at the path asked for; answered with 404. */
public class UnknownResourceException extends RuntimeException {

	public UnknownResourceException(String message) {
		super(message);
	}

}
