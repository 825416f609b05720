package nl.openmkb.catalogue.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.openmkb.catalogue.harvest.RunLog;
import nl.openmkb.catalogue.store.CatalogueStore;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The feedback kept in the store's system graph (not published): item, score, optional comment and the day. The
 * aggregates per item are computed from it.
 */
public class Feedback {

	static final Resource FEEDBACK = ResourceFactory.createResource(RunLog.NS + "Feedback");

	static final Property ABOUT = ResourceFactory.createProperty(RunLog.NS + "about");

	static final Property SCORE = ResourceFactory.createProperty(RunLog.NS + "score");

	private final CatalogueStore store;

	public Feedback(CatalogueStore store) {
		this.store = store;
	}

	void add(String item, int score, String comment, LocalDate day) {
		Model model = ModelFactory.createDefaultModel();
		Resource entry = model.createResource("urn:uuid:" + UUID.randomUUID())
			.addProperty(RDF.type, FEEDBACK)
			.addProperty(ABOUT, model.createResource(item))
			.addLiteral(SCORE, (long) score)
			.addProperty(DCTerms.date, model.createTypedLiteral(day.toString(), XSDDatatype.XSDdate));
		if (!comment.isBlank()) {
			entry.addProperty(RDFS.comment, comment);
		}
		store.writeRecords(model, List.of());
	}

	/** Counts, mean and Net Promoter Score per item, most responses first. */
	public List<Score> scores() {
		ParameterizedSparqlString sparql = new ParameterizedSparqlString("""
				PREFIX q: <%s>
				SELECT ?item (COUNT(?f) AS ?n) (AVG(?score) AS ?mean)
				       (SUM(IF(?score >= 9, 1, 0)) AS ?promoters) (SUM(IF(?score <= 6, 1, 0)) AS ?detractors)
				WHERE { GRAPH ?system { ?f a q:Feedback ; q:about ?item ; q:score ?score } }
				GROUP BY ?item ORDER BY DESC(?n) ?item""".formatted(RunLog.NS));
		sparql.setIri("system", store.systemGraph());
		List<Score> scores = new ArrayList<>();
		store.read(connection -> {
			connection.querySelect(sparql.asQuery(), row -> {
				long n = row.getLiteral("n").getLong();
				long promoters = row.getLiteral("promoters").getLong();
				long detractors = row.getLiteral("detractors").getLong();
				scores.add(new Score(row.getResource("item").getURI(), n, Math.round(row.getLiteral("mean").getDouble() * 100) / 100.0,
						promoters, n - promoters - detractors, detractors));
			});
			return null;
		});
		return scores;
	}

	/**
	 * The feedback on one item.
	 *
	 * @param item the item's IRI
	 * @param responses how many scores were given
	 * @param mean the mean score (0–10), two decimals
	 * @param promoters scores of 9 or 10
	 * @param passives scores of 7 or 8
	 * @param detractors scores of 0 to 6
	 */
	public record Score(String item, long responses, double mean, long promoters, long passives, long detractors) {

		/** Net Promoter Score: percentage of promoters minus percentage of detractors, from -100 to 100. */
		public long nps() {
			return Math.round(100.0 * (promoters - detractors) / responses);
		}

	}

}
