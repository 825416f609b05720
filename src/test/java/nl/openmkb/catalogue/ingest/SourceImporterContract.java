package nl.openmkb.catalogue.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import nl.openmkb.catalogue.ingest.ImportReport.Outcome;
import nl.openmkb.catalogue.ingest.ImportReport.Status;
import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.GraphNames;
import nl.openmkb.catalogue.support.TestStores;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How imports behave on every kind of store: valid data goes in whole, bad data never replaces good data. */
abstract class SourceImporterContract {

	static final String PREFIXES = "@prefix dct: <http://purl.org/dc/terms/> . @prefix ex: <https://example.org/ns#> .\n";

	CatalogueStore store;

	SourceImporter importer;

	abstract CatalogueStore createStore() throws Exception;

	@BeforeEach
	void open() throws Exception {
		store = createStore();
		importer = new SourceImporter(store, ShaclGate.fromLocation("classpath:ingest/shapes/"), TestStores.BASE,
				Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));
	}

	@AfterEach
	void closeStore() {
		store.close();
	}

	static SourceFile source(String id, String turtle) {
		return new SourceFile(id, "curated:" + id + ".ttl", Lang.TURTLE, (PREFIXES + turtle).getBytes(StandardCharsets.UTF_8));
	}

	long things(String sourceId) {
		return store.graph(GraphNames.sourceGraph(TestStores.BASE, sourceId)).size();
	}

	@Test
	void loadsValidSourcesIntoTheirOwnGraphs() {
		ImportReport report = importer.importSources(List.of(
				source("datasets/a", "<id/thing/a> a ex:Thing ; dct:title \"A\"@nl ."),
				source("datasets/b", "<id/thing/b> a ex:Thing ; dct:title \"B\"@nl ; ex:link <id/thing/a> .")));

		assertThat(report.hasRefusals()).isFalse();
		assertThat(report.outcomes()).extracting(Outcome::status).containsOnly(Status.LOADED);
		assertThat(report.generation()).isEqualTo(store.generation()).isPositive();
		assertThat(things("datasets/a")).isEqualTo(2);
		assertThat(things("datasets/b")).isEqualTo(3);
	}

	@Test
	void leavesAnUnchangedSourceAndTheGenerationAlone() {
		SourceFile a = source("datasets/a", "<id/thing/a> a ex:Thing ; dct:title \"A\"@nl .");
		long generation = importer.importSources(List.of(a)).generation();

		ImportReport again = importer.importSources(List.of(a));

		assertThat(again.outcome("datasets/a").status()).isEqualTo(Status.UNCHANGED);
		assertThat(again.generation()).isEqualTo(generation);
	}

	@Test
	void recordsAVersionPerResourceAnImportAddsChangesOrDeletesAndNoneForARefusedOne() {
		importer.importSources(List.of(source("datasets/a", "<id/thing/a> a ex:Thing ; dct:title \"A\"@nl . <id/thing/b> a ex:Thing ; dct:title \"B\"@nl .")));
		importer.importSources(List.of(source("datasets/a", "<id/thing/a> a ex:Thing ; dct:title \"A2\"@nl . <id/thing/c> a ex:Thing ; dct:title \"C\"@nl .")));
		importer.importSources(List.of(source("datasets/a", "<id/thing/a> a ex:Thing ; dct:title \"broken")));
		importer.synchronise(List.of(), "curated:");

		assertThat(store.versions(0, 100, false))
			.extracting(v -> v.resource().substring(TestStores.BASE.length()) + " " + v.kind().label())
			.containsExactly("id/thing/a created", "id/thing/b created", "id/thing/a updated", "id/thing/b deleted",
					"id/thing/c created", "id/thing/a deleted", "id/thing/c deleted");
	}

	@Test
	void refusesASourceThatDoesNotParseAndKeepsThePreviousGraph() {
		importer.importSources(List.of(source("datasets/a", "<id/thing/a> a ex:Thing ; dct:title \"A\"@nl .")));
		long generation = store.generation();

		ImportReport report = importer.importSources(List.of(source("datasets/a", "<id/thing/a> a ex:Thing ;; dct:title \"A")));

		Outcome outcome = report.outcome("datasets/a");
		assertThat(outcome.status()).isEqualTo(Status.REFUSED);
		assertThat(outcome.origin()).isEqualTo("curated:datasets/a.ttl");
		assertThat(outcome.error()).contains("line: 2");
		assertThat(store.generation()).isEqualTo(generation);
		assertThat(things("datasets/a")).isEqualTo(2);
	}

	@Test
	void refusesASourceThatBreaksAShapeNamingResourceAndRule() {
		importer.importSources(List.of(source("datasets/a", "<id/thing/a> a ex:Thing ; dct:title \"A\"@nl .")));
		long generation = store.generation();

		ImportReport report = importer.importSources(List.of(source("datasets/a", "<id/thing/a> a ex:Thing .")));

		Outcome outcome = report.outcome("datasets/a");
		assertThat(outcome.status()).isEqualTo(Status.REFUSED);
		assertThat(outcome.violations()).singleElement().satisfies(violation -> {
			assertThat(violation.focusNode()).isEqualTo(TestStores.BASE + "id/thing/a");
			assertThat(violation.path()).contains("http://purl.org/dc/terms/title");
			assertThat(violation.message()).isEqualTo("A thing needs a title");
			assertThat(violation.constraint()).endsWith("MinCountConstraintComponent");
		});
		assertThat(store.generation()).isEqualTo(generation);
		assertThat(things("datasets/a")).isEqualTo(2);
	}

	@Test
	void stillLoadsTheValidSourcesWhenAnotherIsRefused() {
		ImportReport report = importer.importSources(List.of(
				source("datasets/a", "<id/thing/a> a ex:Thing ; dct:title \"A\"@nl ."),
				source("datasets/bad", "<id/thing/bad> a ex:Thing .")));

		assertThat(report.outcome("datasets/a").status()).isEqualTo(Status.LOADED);
		assertThat(report.outcome("datasets/bad").status()).isEqualTo(Status.REFUSED);
		assertThat(things("datasets/a")).isEqualTo(2);
		assertThat(things("datasets/bad")).isZero();
	}

	@Test
	void refusesAChangeThatBreaksLinksFromOtherSources() {
		importer.importSources(List.of(source("datasets/a", "<id/thing/a> a ex:Thing ; dct:title \"A\"@nl ."),
				source("datasets/b", "<id/thing/b> a ex:Thing ; dct:title \"B\"@nl ; ex:link <id/thing/a> .")));

		ImportReport report = importer.importSources(List.of(source("datasets/a", "<id/thing/other> a ex:Thing ; dct:title \"O\"@nl .")));

		assertThat(report.outcome("datasets/a").status()).isEqualTo(Status.REFUSED);
		assertThat(report.outcome("datasets/a").violations()).extracting(Violation::focusNode)
			.containsExactly(TestStores.BASE + "id/thing/b");
		assertThat(store.graph(GraphNames.sourceGraph(TestStores.BASE, "datasets/a")).listSubjects().next().getURI())
			.isEqualTo(TestStores.BASE + "id/thing/a");
	}

	@Test
	void synchronisingRemovesSourcesThatAreNoLongerOffered() {
		SourceFile a = source("datasets/a", "<id/thing/a> a ex:Thing ; dct:title \"A\"@nl .");
		importer.synchronise(List.of(a, source("datasets/b", "<id/thing/b> a ex:Thing ; dct:title \"B\"@nl .")), "curated:");

		ImportReport report = importer.synchronise(List.of(a), "curated:");

		assertThat(report.outcomes()).extracting(Outcome::status).containsExactlyInAnyOrder(Status.UNCHANGED, Status.REMOVED);
		assertThat(things("datasets/b")).isZero();
		assertThat(store.sources()).hasSize(1);
	}

}
