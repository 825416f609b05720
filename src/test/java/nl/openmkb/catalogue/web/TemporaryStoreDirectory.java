package nl.openmkb.catalogue.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

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

	private static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
