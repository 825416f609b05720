package nl.openmkb.catalogue.harvest;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.openmkb.catalogue.harvest.HarvestProperties.Source;
import nl.openmkb.catalogue.ingest.SourceImporter;
import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.system.CatalogueProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/** Wires the fetcher (with the allow-list of configured origins), the run log, the harvester and its schedule. */
@Configuration(proxyBeanMethods = false)
class HarvestConfiguration {

	private static final Logger log = LoggerFactory.getLogger(HarvestConfiguration.class);

	@Bean
	RunLog harvestRunLog(CatalogueStore store, HarvestProperties properties) {
		return new RunLog(store, properties.keepRuns());
	}

	@Bean
	Harvester harvester(HarvestProperties properties, CatalogueStore store, SourceImporter importer, RunLog runs,
			CatalogueProperties catalogue) {
		Set<String> origins = properties.sources().stream().map(s -> origin(s.url())).collect(Collectors.toSet());
		Fetcher fetcher = new Fetcher(new AddressGuard(properties.allowPrivateAddresses()),
				url -> origins.contains(origin(url)), properties.connectTimeout(), properties.readTimeout(),
				properties.maxSize().toBytes(), properties.maxRedirects());
		return new Harvester(properties, store, importer, runs, fetcher, catalogue.base(), Clock.systemUTC());
	}

	/** Scheme, host and port: a redirect may only go to an origin of a configured source. */
	static String origin(URI url) {
		String scheme = Objects.requireNonNullElse(url.getScheme(), "").toLowerCase(java.util.Locale.ROOT);
		int port = url.getPort() != -1 ? url.getPort() : "https".equals(scheme) ? 443 : 80;
		return scheme + "://" + Objects.requireNonNullElse(url.getHost(), "").toLowerCase(java.util.Locale.ROOT) + ":" + port;
	}

	@Bean(destroyMethod = "shutdown")
	ThreadPoolTaskScheduler stewardshipScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(2);
		scheduler.setThreadNamePrefix("stewardship-");
		scheduler.setWaitForTasksToCompleteOnShutdown(false);
		scheduler.initialize();
		return scheduler;
	}

	/** Puts each source with a schedule on it, once the application has started. */
	@Bean
	ApplicationRunner scheduleHarvests(HarvestProperties properties, Harvester harvester,
			ThreadPoolTaskScheduler stewardshipScheduler) {
		return args -> {
			if (!properties.schedulingEnabled()) {
				return;
			}
			for (Source source : properties.sources()) {
				if (!"-".equals(source.schedule())) {
					stewardshipScheduler.schedule(() -> harvester.harvest(source, "schedule"),
							new CronTrigger(source.schedule()));
					log.info("Harvesting {} on schedule {}", source.id(), source.schedule());
				}
			}
		};
	}

}
