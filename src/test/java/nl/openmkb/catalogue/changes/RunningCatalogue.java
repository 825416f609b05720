package nl.openmkb.catalogue.changes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.openmkb.catalogue.OpenMkbCatalogueApplication;
import nl.openmkb.catalogue.ingest.ImportReport;
import nl.openmkb.catalogue.ingest.SourceFile;
import nl.openmkb.catalogue.ingest.SourceImporter;

import org.apache.jena.riot.Lang;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole service on a random port over an embedded store in a given directory; closing it stops the service. */
public final class RunningCatalogue implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	private RunningCatalogue(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts the service on {@code directory}; with {@code curated}, the curated sources are loaded at start-up. */
	public static RunningCatalogue start(Path directory, boolean curated) {
		// As command-line arguments, so they win over application.properties.
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--catalogue.store.type=embedded",
				"--catalogue.store.embedded.directory=" + directory.toAbsolutePath(),
				"--catalogue.curated.load-on-start=" + curated, "--spring.main.banner-mode=off"));
		return new RunningCatalogue(new SpringApplicationBuilder(OpenMkbCatalogueApplication.class)
			.run(arguments.toArray(String[]::new)));
	}

	/** The service's root URL, e.g. {@code http://localhost:12345}. */
	public String url() {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** Imports one Turtle source (relative IRIs resolve against the deployment base) as an import would. */
	public ImportReport importTurtle(String id, String turtle) {
		SourceFile file = new SourceFile(id, "test:" + id, Lang.TURTLE, turtle.getBytes(StandardCharsets.UTF_8));
		return context.getBean(SourceImporter.class).importSources(List.of(file));
	}

	/** Removes the test sources whose origin starts with {@code test:} except the ones given. */
	public ImportReport keepOnly(List<SourceFile> files) {
		return context.getBean(SourceImporter.class).synchronise(files, "test:");
	}

	/** GETs a path or URL and answers the response as text. */
	public HttpResponse<String> get(String pathOrUrl, String accept) {
		String url = pathOrUrl.startsWith("http") ? pathOrUrl : url() + pathOrUrl;
		try {
			return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		context.close();
	}

}
