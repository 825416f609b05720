package nl.openmkb.catalogue.web;

import java.util.List;

/** One or more query parameters were refused; answered with 400 and the parameters in {@code invalidParams}. */
public class InvalidParametersException extends RuntimeException {

	private final List<InvalidParam> invalidParams;

	public InvalidParametersException(List<InvalidParam> invalidParams) {
		super("Invalid query parameters: " + invalidParams.stream().map(InvalidParam::name).toList());
		this.invalidParams = List.copyOf(invalidParams);
	}

	public InvalidParametersException(InvalidParam invalidParam) {
		this(List.of(invalidParam));
	}

	/** The refused parameters. */
	public List<InvalidParam> invalidParams() {
		return invalidParams;
	}

}
