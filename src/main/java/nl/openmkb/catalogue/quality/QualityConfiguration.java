package nl.openmkb.catalogue.quality;

import java.time.Clock;
import java.time.Instant;

import nl.openmkb.catalogue.feedback.Feedback;
import nl.openmkb.catalogue.harvest.HarvestProperties;
import nl.openmkb.catalogue.harvest.RunLog;
import nl.openmkb.catalogue.ingest.ShaclGate;
import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.system.CatalogueProperties;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** Wires the link checker (and its schedule) and the quality report. */
@Configuration(proxyBeanMethods = false)
class QualityConfiguration {

	@Bean(destroyMethod = "shutdown")
	LinkChecker linkChecker(CatalogueStore store, QualityProperties properties) {
		return new LinkChecker(store, properties.linkCheck(), Clock.systemUTC());
	}

	@Bean
	QualityReports qualityReports(CatalogueStore store, HarvestProperties harvest, RunLog runs, LinkChecker links,
			Feedback feedback, QualityProperties properties, ShaclGate gate, CatalogueProperties catalogue) {
		return new QualityReports(store, harvest, runs, links, feedback, properties, gate, catalogue.base(),
				Clock.systemUTC());
	}

	@Bean
	ApplicationRunner scheduleLinkChecks(QualityProperties properties, LinkChecker links,
			ThreadPoolTaskScheduler stewardshipScheduler) {
		return args -> {
			var every = properties.linkCheck().every();
			if (!every.isZero() && !every.isNegative()) {
				stewardshipScheduler.scheduleWithFixedDelay(links::startCheck, Instant.now().plus(every), every);
			}
		};
	}

}
