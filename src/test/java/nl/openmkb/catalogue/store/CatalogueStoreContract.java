package nl.openmkb.catalogue.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.openmkb.catalogue.support.TestStores;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link CatalogueStore} must have; run against the embedded and the remote store. */
abstract class CatalogueStoreContract {

	static final String A = GraphNames.sourceGraph(TestStores.BASE, "datasets/a");

	static final String B = GraphNames.sourceGraph(TestStores.BASE, "datasets/b");

	CatalogueStore store;

	abstract CatalogueStore createStore() throws Exception;

	@BeforeEach
	void open() throws Exception {
		store = createStore();
	}

	@AfterEach
	void closeStore() {
		store.close();
	}

	static Model turtle(String text) {
		Model model = ModelFactory.createDefaultModel();
		RDFParser.fromString(text, Lang.TURTLE).base(TestStores.BASE).parse(model);
		return model;
	}

	static StoreChange.Replacement replacement(String graph, Model content) {
		return new StoreChange.Replacement(
				new SourceGraph(graph, "curated:" + graph, "hash-" + content.size(), content.size(), Instant.parse("2026-11-27T10:00:00Z")),
				content);
	}

	@Test
	void startsEmptyAtGenerationZero() {
		assertThat(store.generation()).isZero();
		assertThat(store.sources()).isEmpty();
	}

	@Test
	void replacesAWholeGraphAndMovesTheGenerationOn() {
		long first = store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/1> <urn:p> 1 . <id/x/2> <urn:p> 2 ."))));
		long second = store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/3> <urn:p> 3 ."))));

		assertThat(second).isGreaterThan(first).isEqualTo(store.generation());
		Model a = store.graph(A);
		assertThat(a.size()).isEqualTo(1);
		assertThat(a.contains(a.createResource(TestStores.BASE + "id/x/3"), null)).isTrue();
	}

	@Test
	void keepsOtherGraphsWhenOneIsReplaced() {
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/1> <urn:p> 1 .")), replacement(B, turtle("<id/y/1> <urn:p> 1 ."))));
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/2> <urn:p> 2 ."))));

		assertThat(store.graph(B).size()).isEqualTo(1);
		assertThat(store.unionExcept(Set.of()).size()).isEqualTo(2);
		assertThat(store.unionExcept(Set.of(A)).size()).isEqualTo(1);
	}

	@Test
	void recordsEachSourceGraph() {
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/1> <urn:p> 1 . <id/x/1> <urn:p> 2 ."))));

		SourceGraph source = store.sources().get(A);
		assertThat(source).isNotNull();
		assertThat(source.origin()).isEqualTo("curated:" + A);
		assertThat(source.contentHash()).isEqualTo("hash-2");
		assertThat(source.triples()).isEqualTo(2);
		assertThat(source.loadedAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
	}

	@Test
	void removesAGraphWithItsRecord() {
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/1> <urn:p> 1 .")), replacement(B, turtle("<id/y/1> <urn:p> 1 ."))));
		long before = store.generation();

		store.apply(new StoreChange(List.of(), List.of(A)));

		assertThat(store.generation()).isGreaterThan(before);
		assertThat(store.sources()).containsOnlyKeys(B);
		assertThat(store.graph(A).isEmpty()).isTrue();
	}

	@Test
	void aChangeThatFailsHalfwayLeavesThePreviousState() {
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/1> <urn:p> 1 ."))));
		long before = store.generation();
		Model failing = ModelFactory.createModelForGraph(new FailingGraph(turtle("<id/x/2> <urn:p> 2 . <id/x/3> <urn:p> 3 .").getGraph()));

		assertThatThrownBy(() -> store.apply(StoreChange.replacing(replacement(B, turtle("<id/y/1> <urn:p> 1 .")),
				replacement(A, failing))))
			.isInstanceOf(IllegalStateException.class);

		assertThat(store.generation()).isEqualTo(before);
		assertThat(store.graph(A).size()).isEqualTo(1);
		assertThat(store.graph(B).isEmpty()).isTrue();
		assertThat(store.sources()).containsOnlyKeys(A);
	}

	@Test
	void readsRunQueries() {
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/1> <urn:p> 1 . <id/x/2> <urn:p> 2 ."))));

		long count = store.read(connection -> {
			long[] n = { 0 };
			connection.querySelect("SELECT * { GRAPH ?g { ?s <urn:p> ?o } }", row -> n[0]++);
			return n[0];
		});

		assertThat(count).isEqualTo(2);
	}

	/** A graph that breaks after the first triple while it is being copied. */
	@Test
	void recordsAVersionForEveryResourceCreatedChangedOrDeleted() {
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/1> <urn:p> 1 . <id/x/2> <urn:p> 2 . <urn:other> <urn:p> 0 ."))));
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/1> <urn:p> 1 . <id/x/2> <urn:p> 22 . <id/x/3> <urn:p> 3 ."))));
		store.apply(new StoreChange(List.of(), List.of(A)));

		List<MemberVersion> versions = store.versions(0, 100, true);
		assertThat(versions).extracting(MemberVersion::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(versions).extracting(v -> v.resource().substring(TestStores.BASE.length()) + " " + v.kind())
			.containsExactly("id/x/1 CREATED", "id/x/2 CREATED", "id/x/2 UPDATED", "id/x/3 CREATED", "id/x/1 DELETED",
					"id/x/2 DELETED", "id/x/3 DELETED");
		assertThat(versions.get(2).description()).contains("\"22\"").doesNotContain("\"2\"");
		assertThat(versions.get(4).description()).isEmpty();
		assertThat(versions).extracting(MemberVersion::generation).containsExactly(1L, 1L, 2L, 2L, 3L, 3L, 3L);
		assertThat(versions).isSortedAccordingTo(java.util.Comparator.comparing(MemberVersion::time));
		assertThat(versions.get(0).time()).isEqualTo(versions.get(1).time()).isBefore(versions.get(2).time());
		assertThat(versions.get(3).time()).isBefore(versions.get(4).time());
		assertThat(store.lastSequence()).isEqualTo(7);
		assertThat(store.versions(5, 1, false)).singleElement()
			.satisfies(v -> assertThat(v.sequence()).isEqualTo(6))
			.satisfies(v -> assertThat(v.description()).isEmpty());
	}

	@Test
	void recordsNothingWhenNoDescriptionChanges() {
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/1> <urn:p> [ <urn:q> 1 ] ."))));
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/1> <urn:p> [ <urn:q> 1 ] ."))));
		store.apply(StoreChange.replacing(replacement(B, turtle("<urn:elsewhere> <urn:p> 1 ."))));

		assertThat(store.versions(0, 100, false)).hasSize(1);
	}

	@Test
	void aVersionDescribesTheResourceWithItsFragmentsAndBlankNodesAcrossGraphs() {
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/guide/g> <urn:step> <id/guide/g#stap-1> . <id/guide/g#stap-1> <urn:text> [ <urn:q> \"one\" ] ."))));
		store.apply(StoreChange.replacing(replacement(B, turtle("<id/guide/g> <urn:extra> \"from b\" ."))));
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/guide/g> <urn:step> <id/guide/g#stap-1> . <id/guide/g#stap-1> <urn:text> [ <urn:q> \"two\" ] ."))));

		List<MemberVersion> versions = store.versions(0, 100, true);
		assertThat(versions).extracting(MemberVersion::kind)
			.containsExactly(MemberVersion.Kind.CREATED, MemberVersion.Kind.UPDATED, MemberVersion.Kind.UPDATED);
		assertThat(versions).extracting(MemberVersion::resource).containsOnly(TestStores.BASE + "id/guide/g");
		assertThat(versions.get(2).description()).contains("#stap-1>", "\"two\"", "\"from b\"").doesNotContain("\"one\"");
	}

	@Test
	void keepsVersionsOutOfThePublishedData() {
		store.apply(StoreChange.replacing(replacement(A, turtle("<id/x/1> <urn:p> 1 ."))));

		assertThat(store.unionExcept(Set.of()).size()).isEqualTo(1);
		long rows = store.query(org.apache.jena.query.QueryFactory.create("SELECT * { GRAPH ?g { ?s ?p ?o } }"), List.of(),
				List.of(), builder -> {
					try (var exec = builder.build()) {
						long n = 0;
						for (var it = exec.select(); it.hasNext(); it.next()) {
							n++;
						}
						return n;
					}
				});
		assertThat(rows).isEqualTo(1);
	}

	static final class FailingGraph extends GraphWrapper {

		FailingGraph(Graph graph) {
			super(graph);
		}

		@Override
		public ExtendedIterator<Triple> find() {
			var iterator = get().find();
			return WrappedIterator.create(new java.util.Iterator<Triple>() {
				int served;

				@Override
				public boolean hasNext() {
					return iterator.hasNext();
				}

				@Override
				public Triple next() {
					if (served++ == 1) {
						throw new IllegalStateException("source broke while being read");
					}
					return iterator.next();
				}
			});
		}

	}

}
