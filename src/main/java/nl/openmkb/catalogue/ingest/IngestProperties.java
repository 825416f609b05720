package nl.openmkb.catalogue.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where curated data and shapes come from, and whether to load them at start-up.
 *
 * @param location root holding {@code vocab/} and {@code datasets/}; a Spring resource location
 * @param shapes location of the SHACL shapes every import is validated against
 * @param loadOnStart load the curated sources at start-up when the store is empty or a source changed
 */
@ConfigurationProperties("catalogue.curated")
public record IngestProperties(@DefaultValue("classpath:catalogue/") String location,
		@DefaultValue("classpath:catalogue/vocab/shapes/") String shapes, @DefaultValue("true") boolean loadOnStart) {
}
