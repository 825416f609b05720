package nl.openmkb.catalogue.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the whole event stream with a standard LDES client (the npm package {@code ldes-client}, run through
 * {@code npx}) against the running service holding the curated data plus a change and a deletion, and checks that
 * it ends with exactly one latest version per live resource. Skipped, loudly, when npx or the npm registry is not
 * available.
 */
class LdesClientIntegrationTests {

	static final String CLIENT = "ldes-client@0.3.0";

	@TempDir
	Path directory;

	@Test
	void aStandardClientGetsExactlyOneLatestVersionPerLiveResource() throws Exception {
		String npx = executable("npx");
		if (npx == null) {
			System.err.println("*** skipped: npx is not on the PATH, so the LDES client replay was not run ***");
			Assumptions.abort("skipped: npx is not on the PATH");
		}
		try (RunningCatalogue catalogue = RunningCatalogue.start(directory, true)) {
			catalogue.importTurtle("test/notes", """
					<id/note/kept> <http://purl.org/dc/terms/title> "first" .
					<id/note/gone> <http://purl.org/dc/terms/title> "soon deleted" .
					""");
			catalogue.importTurtle("test/notes", """
					<id/note/kept> <http://purl.org/dc/terms/title> "second" .
					""");

			Path output = Files.createTempFile("ldes-client", ".nt");
			Path errors = Files.createTempFile("ldes-client", ".log");
			Process process = new ProcessBuilder(npx, "--yes", CLIENT, "--last-version-only", catalogue.url() + "/ldes/catalogue")
				.redirectOutput(output.toFile())
				.redirectError(errors.toFile())
				.start();
			boolean finished = process.waitFor(5, TimeUnit.MINUTES);
			String log = Files.readString(errors);
			String members = Files.readString(output);
			Files.deleteIfExists(output);
			Files.deleteIfExists(errors);
			if (!finished) {
				process.destroyForcibly();
				System.err.println("*** skipped: the LDES client did not finish within 5 minutes ***\n" + log);
				Assumptions.abort("skipped: the LDES client did not finish within 5 minutes");
			}
			if (process.exitValue() != 0 && (log.contains("npm ERR") || log.contains("npm error")) && members.isEmpty()) {
				System.err.println("*** skipped: " + CLIENT + " could not be installed through npx ***\n" + log);
				Assumptions.abort("skipped: " + CLIENT + " could not be installed through npx");
			}
			assertThat(process.exitValue()).as(log).isZero();

			Model model = ModelFactory.createDefaultModel();
			RDFParser.create().source(new StringReader(members)).lang(Lang.NTRIPLES).parse(model);
			Map<String, List<Resource>> versionsByResource = model.listSubjectsWithProperty(DCTerms.isVersionOf)
				.toList()
				.stream()
				.collect(Collectors.groupingBy(m -> m.getPropertyResourceValue(DCTerms.isVersionOf).getURI()));
			assertThat(versionsByResource).allSatisfy((resource, versions) -> assertThat(versions).as(resource).hasSize(1));

			Set<String> live = new HashSet<>();
			versionsByResource.forEach((resource, versions) -> {
				if (!versions.get(0).hasProperty(RDF.type, model.createResource("https://www.w3.org/ns/activitystreams#Delete"))) {
					live.add(resource);
				}
			});
			assertThat(live).isEqualTo(resourcesInTheStore(catalogue)).hasSizeGreaterThan(1000);
			String kept = "http://localhost:8080/id/note/kept";
			assertThat(versionsByResource.get(kept).get(0).getProperty(DCTerms.title).getString()).isEqualTo("second");
			assertThat(live).doesNotContain("http://localhost:8080/id/note/gone");
		}
	}

	/** The resources the published data holds now, asked of the SPARQL endpoint. */
	private static Set<String> resourcesInTheStore(RunningCatalogue catalogue) {
		String query = """
				SELECT DISTINCT ?s { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), "http://localhost:8080/id/")
				  && !CONTAINS(STR(?s), "#")) }""";
		String body = catalogue.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
				"application/sparql-results+json").body();
		return new HashSet<>(JsonPath.<List<String>>read(body, "$.results.bindings[*].s.value"));
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

}
