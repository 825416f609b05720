package nl.openmkb.catalogue.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SHACL shapes in {@code vocab/shapes} accept valid data and refuse each kind of broken data with a clear message. */
class ShapesTests {

	static final String BASE = "http://localhost:8080/";

	static ShaclGate gate;

	static List<Violation> brokenViolations;

	@BeforeAll
	static void validateFixtures() {
		gate = ShaclGate.fromLocation("classpath:catalogue/vocab/shapes/");
		Model broken = vocabulary().add(fixture("broken.ttl")).add(fixture("valid.ttl"));
		brokenViolations = gate.violations(broken.getGraph());
	}

	static Model vocabulary() {
		Model model = ModelFactory.createDefaultModel();
		new CuratedSources("classpath:catalogue/").list().stream()
			.filter(source -> source.id().startsWith("vocab/"))
			.forEach(source -> RDFParser.source(new java.io.ByteArrayInputStream(source.content())).lang(Lang.TURTLE).base(BASE).parse(model));
		return model;
	}

	static Model fixture(String name) {
		Model model = ModelFactory.createDefaultModel();
		try (InputStream in = ShapesTests.class.getResourceAsStream("/shapes/" + name)) {
			RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(model);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return model;
	}

	static Stream<String[]> expectations() throws IOException {
		try (InputStream in = ShapesTests.class.getResourceAsStream("/shapes/expectations.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank())
				.map(line -> line.split("\t", 2))
				.toList()
				.stream();
		}
	}

	@Test
	void acceptsOneValidExampleOfEveryClass() {
		List<Violation> violations = gate.violations(vocabulary().add(fixture("valid.ttl")).getGraph());

		assertThat(violations).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("expectations")
	void refusesBrokenResourceWithItsRule(String focus, String message) {
		assertThat(brokenViolations)
			.filteredOn(v -> v.focusNode().equals(BASE + focus))
			.extracting(Violation::message)
			.anySatisfy(m -> assertThat(m).contains(message));
	}

	@Test
	void blamesOnlyTheResourcesThatWereBrokenOnPurpose() throws IOException {
		List<String> expected = expectations().map(e -> BASE + e[0]).toList();

		assertThat(brokenViolations).extracting(Violation::focusNode).allSatisfy(focus -> assertThat(expected).contains(focus));
	}

}
