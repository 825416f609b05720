package nl.openmkb.catalogue.linkeddata;

import java.util.List;

/** No representation the client accepts is offered; answered with 406 and the list of what is. */
public class NotAcceptableException extends RuntimeException {

	private final List<Variant> offers;

	public NotAcceptableException(String message, List<Variant> offers) {
		super(message);
		this.offers = List.copyOf(offers);
	}

	/** What the resource is offered as. */
	public List<Variant> offers() {
		return offers;
	}

}
