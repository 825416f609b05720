package nl.openmkb.catalogue.feedback;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import nl.openmkb.catalogue.ingest.ImportReport;
import nl.openmkb.catalogue.ingest.SourceFile;
import nl.openmkb.catalogue.ingest.SourceImporter;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Publishes the feedback aggregates as open data: one {@code schema:AggregateRating} per item
 * ({@code <item#feedback>}) with count, mean and the Net Promoter Score parts, in the source graph
 * {@code {base}graph/feedback}, through the importer like any other source (so it is validated, and unchanged
 * aggregates write nothing). Comments are never published.
 */
public class FeedbackPublisher {

	/** The source id of the published aggregates. */
	public static final String SOURCE_ID = "feedback";

	private static final String SCHEMA = "https://schema.org/";

	private static final String MKB = "https://w3id.org/open-mkb/def#";

	private final Feedback feedback;

	private final SourceImporter importer;

	public FeedbackPublisher(Feedback feedback, SourceImporter importer) {
		this.feedback = feedback;
		this.importer = importer;
	}

	/** Publishes the current aggregates; returns what the importer did. */
	public synchronized String publish() {
		List<Feedback.Score> scores = feedback.scores();
		if (scores.isEmpty()) {
			return "NOTHING_TO_PUBLISH";
		}
		Model model = describe(scores);
		StringWriter out = new StringWriter();
		RDFDataMgr.write(out, model, Lang.NTRIPLES);
		String[] lines = out.toString().split("\n");
		Arrays.sort(lines);
		byte[] content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		ImportReport report = importer.importSources(
				List.of(new SourceFile(SOURCE_ID, "feedback:aggregates", Lang.NTRIPLES, content)));
		ImportReport.Outcome outcome = report.outcome(SOURCE_ID);
		return outcome == null ? "UNKNOWN" : outcome.status().name();
	}

	/** The aggregates as RDF (no dates: unchanged numbers give unchanged bytes, and the importer writes nothing). */
	public static Model describe(List<Feedback.Score> scores) {
		Model model = ModelFactory.createDefaultModel();
		model.setNsPrefix("schema", SCHEMA);
		for (Feedback.Score score : scores) {
			Resource rating = model.createResource(score.item() + "#feedback")
				.addProperty(RDF.type, model.createResource(SCHEMA + "AggregateRating"))
				.addProperty(property(SCHEMA + "itemReviewed"), model.createResource(score.item()))
				.addLiteral(property(SCHEMA + "ratingCount"), score.responses())
				.addProperty(property(SCHEMA + "ratingValue"),
						model.createTypedLiteral(Double.toString(score.mean()), XSDDatatype.XSDdecimal))
				.addLiteral(property(SCHEMA + "worstRating"), 0L)
				.addLiteral(property(SCHEMA + "bestRating"), 10L)
				.addLiteral(property(MKB + "netPromoterScore"), score.nps())
				.addLiteral(property(MKB + "promoters"), score.promoters())
				.addLiteral(property(MKB + "passives"), score.passives())
				.addLiteral(property(MKB + "detractors"), score.detractors());
			rating.addProperty(DCTerms.license, model.createResource("http://creativecommons.org/publicdomain/zero/1.0/"));
		}
		return model;
	}

	private static Property property(String iri) {
		return org.apache.jena.rdf.model.ResourceFactory.createProperty(iri);
	}

}
