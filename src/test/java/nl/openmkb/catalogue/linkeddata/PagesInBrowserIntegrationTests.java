package nl.openmkb.catalogue.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.openmkb.catalogue.web.CatalogueIntegrationTest;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The home page and a resource page in a real headless Chromium: the browser renders them (no scripts of ours, no
 * external assets) with the content and landmarks in place, and takes a screenshot of the size asked for. Runs when
 * {@code chromium} (or {@code chromium-browser}, {@code google-chrome}) is installed, else is skipped loudly.
 */
@CatalogueIntegrationTest
class PagesInBrowserIntegrationTests {

	private static String chromium;

	@LocalServerPort
	int port;

	@TempDir
	Path work;

	@BeforeAll
	static void findChromium() {
		for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
			if (Files.isExecutable(Path.of(candidate))) {
				chromium = candidate;
				return;
			}
		}
		System.err.println("*** skipped: no headless Chromium installed (/usr/bin/chromium), so pages were not checked in a browser ***");
		Assumptions.abort("skipped: no headless Chromium installed");
	}

	@Test
	void homePageRendersWithItsSectionsInABrowser() throws Exception {
		String dom = run("--dump-dom", "http://localhost:" + port + "/?lang=nl");
		assertThat(dom).contains("<h1>Open mkb-catalogus</h1>").contains("<section id=\"embed\"")
			.contains("<section id=\"ask\"").contains("<main id=\"main\"").contains("href=\"/sparql\"");
	}

	@Test
	void resourcePageRendersAndScreenshotsAtTheRequestedSize() throws Exception {
		Png.assertPng(screenshot("/doc/subsidy/" + firstSubsidy() + "?lang=nl"), 1280, 900);
		String dom = run("--dump-dom", "http://localhost:" + port + "/doc/subsidy/" + firstSubsidy() + "?lang=en");
		assertThat(dom).contains("<html lang=\"en\">").contains("aria-label=\"Breadcrumbs\"")
			.contains("application/ld+json");
	}

	private String firstSubsidy() {
		String html = new LinkedDataClient(port).get("/doc/subsidy", "Accept", "text/html").body();
		int at = html.indexOf("href=\"/doc/subsidy/");
		assertThat(at).isNotNegative();
		String rest = html.substring(at + "href=\"/doc/subsidy/".length());
		return rest.substring(0, rest.indexOf('?'));
	}

	private Path screenshot(String path) throws Exception {
		Path file = work.resolve("page.png");
		run("--screenshot=" + file, "--window-size=1280,900", "--hide-scrollbars", "http://localhost:" + port + path);
		assertThat(file).exists();
		return file;
	}

	private String run(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
				"--no-first-run", "--user-data-dir=" + work.resolve("profile")));
		command.addAll(List.of(arguments));
		Path output = work.resolve("stdout.txt");
		Process process = new ProcessBuilder(command).directory(work.toFile())
			.redirectOutput(output.toFile())
			.redirectError(work.resolve("stderr.txt").toFile())
			.start();
		if (!process.waitFor(90, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("Chromium did not finish within 90 seconds: " + Files.readString(work.resolve("stderr.txt")));
		}
		return Files.readString(output);
	}

	/** Reads the size of a PNG from its header. */
	static final class Png {

		static void assertPng(Path file, int width, int height) throws Exception {
			try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
				byte[] signature = data.readNBytes(8);
				assertThat(signature).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
				data.readInt();
				assertThat(new String(data.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("IHDR");
				assertThat(data.readInt()).isEqualTo(width);
				assertThat(data.readInt()).isEqualTo(height);
			}
			assertThat(Files.size(file)).as("a page with content, not a blank image").isGreaterThan(20_000);
		}

	}

}
