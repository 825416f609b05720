package nl.openmkb.catalogue.web;

import static nl.openmkb.catalogue.support.Directories.delete;

import java.nio.file.Path;

import nl.openmkb.catalogue.store.StoreProperties;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Removes the integration tests' store directory when the JVM exits, so test runs leave nothing behind. */
@TestConfiguration(proxyBeanMethods = false)
class TemporaryStoreDirectory {

	@Bean
	Path storeDirectoryRemovedOnExit(StoreProperties properties) {
		Path directory = properties.embedded().directory().toAbsolutePath();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory), "delete-test-store"));
		return directory;
	}

}
