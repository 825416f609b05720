package nl.openmkb.catalogue.system;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings every part of the catalogue shares.
 *
 * @param baseUri the public base of this deployment; relative IRIs in {@code datasets/} resolve against it,
 * so every deployment's identifiers dereference to itself. Must end with a slash.
 */
@Validated
@ConfigurationProperties("catalogue")
public record CatalogueProperties(@NotNull @DefaultValue("http://localhost:8080/") URI baseUri) {

	public CatalogueProperties {
		if (!baseUri.isAbsolute() || !baseUri.toString().endsWith("/")) {
			throw new IllegalArgumentException("catalogue.base-uri must be an absolute URI ending with '/': " + baseUri);
		}
	}

	/** The base as a string, ending with a slash. */
	public String base() {
		return baseUri.toString();
	}

}
