package nl.openmkb.catalogue.store;

/** The store could not be reached or refused an operation; callers answer 503. */
public class StoreException extends RuntimeException {

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}

}
