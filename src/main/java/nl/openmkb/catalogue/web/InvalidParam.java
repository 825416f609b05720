package nl.openmkb.catalogue.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One query parameter that was refused, as listed in a problem's {@code invalidParams}.
 *
 * @param name the parameter's name
 * @param code what kind of error: {@code unknownParameter}, {@code unknownValue}, {@code malformed},
 * {@code minimum}, {@code maximum} or {@code tooLong}
 * @param reason what is wrong and what is allowed, in words
 * @param allowedValues the values the parameter accepts, when they form a short list
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvalidParam(String name, String code, String reason, @Nullable List<String> allowedValues) {

	public InvalidParam {
		allowedValues = allowedValues == null ? null : List.copyOf(allowedValues);
	}

	/** A refusal without a list of allowed values. */
	public static InvalidParam of(String name, String code, String reason) {
		return new InvalidParam(name, code, reason, null);
	}

}
