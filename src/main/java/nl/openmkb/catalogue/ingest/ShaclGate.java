package nl.openmkb.catalogue.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Validates data against the catalogue's SHACL shapes and reports the violations (warnings do not refuse). */
public final class ShaclGate {

	private final Shapes shapes;

	public ShaclGate(Shapes shapes) {
		this.shapes = shapes;
	}

	/** Loads every {@code *.ttl} file under the given location pattern root, e.g. {@code classpath:catalogue/vocab/shapes/}. */
	public static ShaclGate fromLocation(String location) {
		Model model = ModelFactory.createDefaultModel();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location + "*.ttl");
			if (resources.length == 0) {
				throw new IllegalStateException("No SHACL shapes found at " + location);
			}
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					RDFParser.source(in).lang(Lang.TURTLE).parse(model);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read SHACL shapes at " + location, ex);
		}
		return new ShaclGate(Shapes.parse(model.getGraph()));
	}

	/** The violations (severity {@code sh:Violation}) of the data; empty when it conforms. */
	public List<Violation> violations(Graph data) {
		return results(data, Severity.Violation);
	}

	/** The warnings (severity {@code sh:Warning}: what data should do), for the quality report. */
	public List<Violation> warnings(Graph data) {
		return results(data, Severity.Warning);
	}

	private List<Violation> results(Graph data, Severity severity) {
		ValidationReport report = ShaclValidator.get().validate(shapes, data);
		List<Violation> violations = new ArrayList<>();
		for (ReportEntry entry : report.getEntries()) {
			if (entry.severity() == severity) {
				violations.add(new Violation(str(entry.focusNode()),
						entry.resultPath() == null ? null : entry.resultPath().toString(), str(entry.value()),
						str(entry.sourceConstraintComponent()), str(entry.source()), entry.message()));
			}
		}
		return violations;
	}

	private static @Nullable String str(@Nullable Node node) {
		if (node == null) {
			return null;
		}
		return node.isURI() ? node.getURI() : NodeFmtLib.strNT(node);
	}

}
