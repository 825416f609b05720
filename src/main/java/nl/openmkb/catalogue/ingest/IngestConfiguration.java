package nl.openmkb.catalogue.ingest;

import java.time.Clock;

import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.system.CatalogueProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires validation and import, and loads the curated sources at start-up. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	private static final Logger log = LoggerFactory.getLogger(IngestConfiguration.class);

	@Bean
	ShaclGate shaclGate(IngestProperties properties) {
		return ShaclGate.fromLocation(properties.shapes());
	}

	@Bean
	SourceImporter sourceImporter(CatalogueStore store, ShaclGate gate, CatalogueProperties catalogue) {
		return new SourceImporter(store, gate, catalogue.base(), Clock.systemUTC());
	}

	@Bean
	CuratedSources curatedSources(IngestProperties properties) {
		return new CuratedSources(properties.location());
	}

	/** Runs before the application reports ready, so it never serves a half-loaded store. */
	@Bean
	ApplicationRunner loadCuratedSources(IngestProperties properties, CuratedSources sources, SourceImporter importer) {
		return args -> {
			if (!properties.loadOnStart()) {
				return;
			}
			ImportReport report = importer.synchronise(sources.list(), CuratedSources.ORIGIN_PREFIX);
			report.outcomes().forEach(outcome -> log.info("{}", outcome));
			log.info("Curated sources in place; store generation {}", report.generation());
		};
	}

}
