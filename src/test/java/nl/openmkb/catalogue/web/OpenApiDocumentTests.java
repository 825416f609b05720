package nl.openmkb.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI contract: the committed {@code docs/api/openapi.json} is what the running service serves, and it
 * passes the NL API Design Rules 2.2 Spectral ruleset (copied to {@code src/test/resources/conformance/}).
 * <p>
 * After a deliberate change of the API, update the committed document with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTests -Dopenapi.write=true}.
 */
@CatalogueIntegrationTest
class OpenApiDocumentTests {

	static final Path COMMITTED = Path.of("docs/api/openapi.json");

	static final Path RULESET = Path.of("src/test/resources/conformance/api-design-rules/linter.yaml");

	@LocalServerPort
	int port;

	@Test
	void committedDocumentIsWhatTheServiceServes() throws Exception {
		HttpResponse<String> served = get("/api/v1/openapi.json");
		assertThat(served.statusCode()).isEqualTo(200);
		if (Boolean.getBoolean("openapi.write")) {
			Files.createDirectories(COMMITTED.getParent());
			Files.writeString(COMMITTED, served.body().strip() + "\n", StandardCharsets.UTF_8);
		}
		assertThat(Files.exists(COMMITTED)).as(COMMITTED + " exists").isTrue();
		JsonMapper json = JsonMapper.builder().build();
		JsonNode committed = json.readTree(Files.readString(COMMITTED));
		JsonNode current = json.readTree(served.body());
		if (!committed.equals(current)) {
			fail(COMMITTED + " differs from the document the service serves at /api/v1/openapi.json. If the API change "
					+ "is deliberate, run: ./mvnw test -Dtest=OpenApiDocumentTests -Dopenapi.write=true");
		}
	}

	@Test
	void documentIsServedWithVersionAndCorsHeaders() throws Exception {
		HttpResponse<String> served = http().send(HttpRequest.newBuilder(uri("/api/v1/openapi.json"))
			.header("Origin", "https://developer.example")
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(served.headers().firstValue(ApiVersion.HEADER)).contains(ApiVersion.CURRENT);
		assertThat(served.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
		assertThat(get("/swagger-ui.html").statusCode()).isIn(200, 302);
	}

	@Test
	void documentFollowsTheNlApiDesignRules() throws Exception {
		assertThat(Files.exists(COMMITTED)).as(COMMITTED + " exists (Spectral passes a missing file)").isTrue();
		String npx = executable("npx");
		if (npx == null) {
			System.err.println("*** skipped: npx is not on the PATH, so the NL API Design Rules ruleset (Spectral) was not run ***");
			Assumptions.abort("skipped: npx is not on the PATH");
		}
		Path output = Files.createTempFile("spectral", ".txt");
		Process process = new ProcessBuilder(npx, "--yes", "@stoplight/spectral-cli@6", "lint", "-r",
				RULESET.toString(), "--fail-severity=error", COMMITTED.toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		boolean finished = process.waitFor(5, TimeUnit.MINUTES);
		String report = Files.readString(output);
		Files.deleteIfExists(output);
		if (!finished) {
			process.destroyForcibly();
			System.err.println("*** skipped: Spectral did not finish within 5 minutes ***\n" + report);
			Assumptions.abort("skipped: Spectral did not finish within 5 minutes");
		}
		if (process.exitValue() != 0 && !report.contains(COMMITTED.toString())
				&& (report.contains("npm ERR") || report.contains("npm error"))) {
			System.err.println("*** skipped: Spectral could not be installed through npx ***\n" + report);
			Assumptions.abort("skipped: Spectral could not be installed through npx");
		}
		assertThat(process.exitValue()).as("Spectral (NL API Design Rules 2.2) found errors:\n" + report).isZero();
	}

	private static String executable(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String directory : path.split(File.pathSeparator)) {
			File candidate = new File(directory, name);
			if (candidate.canExecute()) {
				return candidate.getAbsolutePath();
			}
		}
		return null;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http().send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpClient http() {
		return HttpClient.newHttpClient();
	}

}
