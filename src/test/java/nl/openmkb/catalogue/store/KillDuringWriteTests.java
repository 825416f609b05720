package nl.openmkb.catalogue.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import nl.openmkb.catalogue.support.TestStores;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A process killed (SIGKILL) in the middle of a write leaves the TDB2 store as it was before the write. */
class KillDuringWriteTests {

	@TempDir
	Path directory;

	@Test
	@Timeout(120)
	void aKilledWriteLeavesThePreviousData() throws Exception {
		Path database = directory.resolve("tdb2");
		String graph = GraphNames.sourceGraph(TestStores.BASE, "datasets/a");
		long before;
		try (EmbeddedStore store = new EmbeddedStore(database, GraphNames.systemGraph(TestStores.BASE))) {
			Model small = ModelFactory.createDefaultModel();
			small.add(small.createResource(TestStores.BASE + "id/thing/original"), small.createProperty("urn:x:p"), "kept");
			before = store.apply(StoreChange.replacing(new StoreChange.Replacement(
					new SourceGraph(graph, "curated:small", "small", 1, Instant.parse("2026-11-27T10:00:00Z")), small)));
		}

		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), KillDuringWriteChild.class.getName(), database.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean inTransaction = false;
			while (!inTransaction && (line = out.readLine()) != null) {
				inTransaction = line.equals(KillDuringWriteChild.IN_TRANSACTION);
				assertThat(line).isNotEqualTo("COMMITTED");
			}
			assertThat(inTransaction).as("child reached the middle of its write").isTrue();
			child.destroyForcibly(); // SIGKILL: no shutdown hooks, no commit
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}

		try (EmbeddedStore reopened = new EmbeddedStore(database, GraphNames.systemGraph(TestStores.BASE))) {
			assertThat(reopened.generation()).isEqualTo(before);
			Model data = reopened.graph(graph);
			assertThat(data.size()).isEqualTo(1);
			assertThat(data.contains(data.createResource(TestStores.BASE + "id/thing/original"), null)).isTrue();
			assertThat(reopened.sources().get(graph).contentHash()).isEqualTo("small");
		}
	}

}
