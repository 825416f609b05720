package nl.openmkb.catalogue.linkeddata;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the linked data publication.
 *
 * @param downloadsDirectory where the dumps of the current store generation are written
 * @param publisher the IRI of the organisation that publishes the catalogue (DCAT {@code dct:publisher}); the
 * default is a placeholder: set it per deployment, preferably to a TOOI organisation IRI
 * @param publisherName the publisher's name
 * @param contactEmail where questions about the data go (DCAT contact point); the default is a placeholder
 */
@Validated
@ConfigurationProperties("catalogue.publication")
public record PublicationProperties(@DefaultValue("data/downloads") Path downloadsDirectory,
		@DefaultValue("https://w3id.org/open-mkb") String publisher,
		@DefaultValue("Open mkb catalogue") String publisherName,
		@DefaultValue("data@example.org") String contactEmail) {
}
