package nl.openmkb.catalogue.feedback;

import nl.openmkb.catalogue.ingest.SourceImporter;
import nl.openmkb.catalogue.store.CatalogueStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** Wires the feedback store and publishes the aggregates on a schedule. */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

	private static final Logger log = LoggerFactory.getLogger(FeedbackConfiguration.class);

	@Bean
	Feedback feedback(CatalogueStore store) {
		return new Feedback(store);
	}

	@Bean
	FeedbackPublisher feedbackPublisher(Feedback feedback, SourceImporter importer) {
		return new FeedbackPublisher(feedback, importer);
	}

	@Bean
	ApplicationRunner scheduleFeedbackPublication(FeedbackProperties properties, FeedbackPublisher publisher,
			ThreadPoolTaskScheduler stewardshipScheduler) {
		return args -> {
			if (properties.publishEvery().isZero() || properties.publishEvery().isNegative()) {
				return;
			}
			stewardshipScheduler.scheduleWithFixedDelay(() -> {
				try {
					log.info("Feedback aggregates: {}", publisher.publish());
				}
				catch (RuntimeException ex) {
					log.error("Publishing the feedback aggregates failed", ex);
				}
			}, java.time.Instant.now().plus(properties.publishEvery()), properties.publishEvery());
		};
	}

}
