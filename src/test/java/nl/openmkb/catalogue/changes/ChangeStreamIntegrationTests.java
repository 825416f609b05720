package nl.openmkb.catalogue.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.jayway.jsonpath.JsonPath;
import nl.openmkb.catalogue.ingest.ImportReport;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data changed through imports (add, change, delete) shows up in the event stream and in {@code /api/v1/changes},
 * deletions included, and is still there, unchanged, after the service restarts on the same TDB2 directory.
 */
class ChangeStreamIntegrationTests {

	static final String BASE = "http://localhost:8080/id/note/";

	static final String AS = "https://www.w3.org/ns/activitystreams#";

	@TempDir
	Path directory;

	@Test
	void importsShowUpInTheStreamAndInChangesAcrossARestart() {
		try (RunningCatalogue catalogue = RunningCatalogue.start(directory, false)) {
			assertLoaded(catalogue.importTurtle("test/notes", """
					<id/note/a> <http://purl.org/dc/terms/title> "A" .
					<id/note/b> <http://purl.org/dc/terms/title> "B" .
					"""));
			assertLoaded(catalogue.importTurtle("test/notes", """
					<id/note/a> <http://purl.org/dc/terms/title> "A, changed" .
					<id/note/c> <http://purl.org/dc/terms/title> "C" .
					"""));

			assertThat(changes(catalogue, "/api/v1/changes")).containsExactly("1 a created", "2 b created",
					"3 a updated", "4 b deleted", "5 c created");
			assertThat(stream(catalogue)).containsExactly(entry("a", "Create", "Update"), entry("b", "Create", "Delete"),
					entry("c", "Create"));
		}

		try (RunningCatalogue catalogue = RunningCatalogue.start(directory, false)) {
			assertThat(changes(catalogue, "/api/v1/changes")).containsExactly("1 a created", "2 b created",
					"3 a updated", "4 b deleted", "5 c created");
			assertThat(stream(catalogue)).containsExactly(entry("a", "Create", "Update"), entry("b", "Create", "Delete"),
					entry("c", "Create"));

			// The same content again records nothing; removing the source records the deletions.
			catalogue.importTurtle("test/notes", """
					<id/note/a> <http://purl.org/dc/terms/title> "A, changed" .
					<id/note/c> <http://purl.org/dc/terms/title> "C" .
					""");
			assertThat(changes(catalogue, "/api/v1/changes?cursor=5")).isEmpty();
			catalogue.keepOnly(List.of());

			assertThat(changes(catalogue, "/api/v1/changes?cursor=5")).containsExactly("6 a deleted", "7 c deleted");
			assertThat(stream(catalogue)).containsExactly(entry("a", "Create", "Update", "Delete"),
					entry("b", "Create", "Delete"), entry("c", "Create", "Delete"));
			String deleted = catalogue.get("/api/v1/changes?cursor=5", "application/json").body();
			assertThat(JsonPath.<List<Object>>read(deleted, "$.changes[*].link")).isEmpty();
			assertThat(JsonPath.<String>read(deleted, "$.changes[0].id")).isEqualTo(BASE + "a");
			assertThat(JsonPath.<String>read(deleted, "$.changes[0].type")).isEqualTo("note");
		}
	}

	@Test
	void followsTheNextLinksPageByPage() {
		try (RunningCatalogue catalogue = RunningCatalogue.start(directory, false)) {
			catalogue.importTurtle("test/notes", """
					<id/note/a> <http://purl.org/dc/terms/title> "A" .
					<id/note/b> <http://purl.org/dc/terms/title> "B" .
					<id/note/c> <http://purl.org/dc/terms/title> "C" .
					""");
			List<String> seen = new ArrayList<>();
			String next = "/api/v1/changes?pageSize=2";
			for (int page = 0; page < 3; page++) {
				String body = catalogue.get(next, "application/json").body();
				seen.addAll(JsonPath.<List<String>>read(body, "$.changes[*].identifier"));
				next = JsonPath.read(body, "$._links.next.href");
			}
			assertThat(seen).containsExactly("a", "b", "c");
			assertThat(next).endsWith("cursor=3&pageSize=2");
		}
	}

	private static void assertLoaded(ImportReport report) {
		assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.status()).isEqualTo(ImportReport.Status.LOADED));
	}

	/** The changes as "sequence identifier change". */
	private static List<String> changes(RunningCatalogue catalogue, String path) {
		HttpResponse<String> response = catalogue.get(path, "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		List<Map<String, Object>> changes = JsonPath.read(response.body(), "$.changes");
		return changes.stream()
			.map(c -> c.get("sequence") + " " + c.get("identifier") + " " + c.get("change"))
			.toList();
	}

	/** Per resource (last IRI segment), the ActivityStreams types of its members in time order, read from the pages. */
	private static Map<String, List<String>> stream(RunningCatalogue catalogue) {
		HttpResponse<String> root = catalogue.get("/ldes/catalogue", "text/turtle");
		assertThat(root.statusCode()).isEqualTo(200);
		Model description = turtle(root.body());
		String page = description.listObjectsOfProperty(description.createProperty("https://w3id.org/tree#view"))
			.next()
			.asResource()
			.getURI();
		Model members = turtle(catalogue.get(page, "text/turtle").body());
		Map<String, List<String>> byResource = new TreeMap<>();
		members.listSubjectsWithProperty(DCTerms.isVersionOf)
			.toList()
			.stream()
			.sorted(java.util.Comparator.comparing(m -> Long.parseLong(m.getURI().substring(m.getURI().lastIndexOf('/') + 1))))
			.forEach(member -> {
				String resource = member.getPropertyResourceValue(DCTerms.isVersionOf).getURI();
				byResource.computeIfAbsent(resource.substring(BASE.length()), r -> new ArrayList<>()).add(kind(member));
			});
		return byResource;
	}

	private static String kind(Resource member) {
		return member.listProperties(RDF.type)
			.mapWith(s -> s.getObject().asResource().getURI())
			.filterKeep(uri -> uri.startsWith(AS))
			.next()
			.substring(AS.length());
	}

	private static Map.Entry<String, List<String>> entry(String resource, String... kinds) {
		return Map.entry(resource, List.of(kinds));
	}

	private static Model turtle(String text) {
		Model model = ModelFactory.createDefaultModel();
		RDFParser.create().source(new StringReader(text)).lang(Lang.TURTLE).parse(model);
		return model;
	}

}
