package nl.openmkb.catalogue.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.openmkb.catalogue.harvest.HarvestException.Cause;
import nl.openmkb.catalogue.harvest.HarvestRun.Outcome;
import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.EmbeddedStore;
import nl.openmkb.catalogue.store.GraphNames;
import nl.openmkb.catalogue.support.FusekiTestServer;
import nl.openmkb.catalogue.support.TestStores;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Harvest runs live in the system graph: they survive a restart, are shared over a remote store, and stay private. */
class RunLogTests {

	@TempDir
	Path directory;

	@Test
	void runsSurviveReopeningTheEmbeddedStoreAndAreNotPublished() {
		String system = GraphNames.systemGraph(TestStores.BASE);
		HarvestRun failed = run("a", Instant.parse("2026-11-27T10:00:00Z"), Outcome.FAILED, Cause.TIMEOUT);
		try (CatalogueStore store = new EmbeddedStore(directory, system)) {
			long generation = store.generation();
			new RunLog(store, 5).record(failed);
			assertThat(store.generation()).as("records do not move the generation").isEqualTo(generation);
			assertThat(publicTriples(store)).isZero();
		}
		try (CatalogueStore reopened = new EmbeddedStore(directory, system)) {
			assertThat(new RunLog(reopened, 5).runs("a", 10)).containsExactly(failed);
		}
	}

	@Test
	void runsAreSharedOverARemoteStoreAndPrunedPerSource() {
		try (FusekiTestServer fuseki = FusekiTestServer.start();
				CatalogueStore node1 = TestStores.remote(fuseki);
				CatalogueStore node2 = TestStores.remote(fuseki)) {
			RunLog log = new RunLog(node1, 2);
			HarvestRun first = run("a", Instant.parse("2026-11-27T10:00:00Z"), Outcome.LOADED, null);
			HarvestRun second = run("a", Instant.parse("2026-11-27T11:00:00Z"), Outcome.FAILED, Cause.SHAPE_VIOLATIONS);
			HarvestRun third = run("a", Instant.parse("2026-11-27T12:00:00Z"), Outcome.UNCHANGED, null);
			HarvestRun other = run("b", Instant.parse("2026-11-27T09:00:00Z"), Outcome.LOADED, null);
			for (HarvestRun run : List.of(first, other, second, third)) {
				log.record(run);
			}
			RunLog seenFromNode2 = new RunLog(node2, 2);
			assertThat(seenFromNode2.runs("a", 10)).containsExactly(third, second);
			assertThat(seenFromNode2.runs("b", 10)).containsExactly(other);
			assertThat(seenFromNode2.lastGood("a")).contains(third);
			assertThat(publicTriples(node2)).isZero();
		}
	}

	private static long publicTriples(CatalogueStore store) {
		return store.query(QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"),
				List.of(), List.of(), builder -> {
					try (QueryExec exec = builder.build()) {
						return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
					}
				});
	}

	private static HarvestRun run(String source, Instant started, Outcome outcome, Cause cause) {
		return new HarvestRun("urn:uuid:" + UUID.randomUUID(), source, "schedule", "harvest", "https://example.org/" + source,
				started, started.plusSeconds(3), outcome, cause, "message " + outcome, 42,
				cause == Cause.SHAPE_VIOLATIONS ? List.of("<x> dct:title: missing", "<y> dct:source: missing") : List.of(),
				"\"etag\"", null);
	}

}
