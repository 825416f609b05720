package nl.openmkb.catalogue.quality;

import nl.openmkb.catalogue.feedback.FeedbackPublisher;
import nl.openmkb.catalogue.harvest.HarvestRun;
import nl.openmkb.catalogue.harvest.RunLog;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The quality report as RDF: the runs as {@code prov:Activity}s, broken links, stale items, coverage counts and the
 * feedback as {@code schema:AggregateRating}s, in the quality namespace {@value RunLog#NS}.
 */
final class QualityRdf {

	private QualityRdf() {
	}

	static Graph of(QualityReport report, String reportIri) {
		Model model = ModelFactory.createDefaultModel();
		model.setNsPrefix("q", RunLog.NS);
		model.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
		model.setNsPrefix("dct", DCTerms.NS);
		model.setNsPrefix("schema", "https://schema.org/");
		model.setNsPrefix("mkb", "https://w3id.org/open-mkb/def#");
		Resource root = model.createResource(reportIri)
			.addProperty(RDF.type, model.createResource(RunLog.NS + "QualityReport"))
			.addProperty(DCTerms.created, model.createTypedLiteral(report.generatedAt().toString(), XSDDatatype.XSDdateTime))
			.addLiteral(p("generation"), report.generation());
		for (QualityReport.SourceStatus source : report.sources()) {
			Resource node = model.createResource(reportIri + "#source-" + source.id())
				.addProperty(RDF.type, model.createResource(RunLog.NS + "Source"))
				.addProperty(DCTerms.identifier, source.id())
				.addProperty(p("graph"), model.createResource(source.graph()))
				.addProperty(p("owner"), source.owner())
				.addProperty(p("lastOutcome"), source.lastOutcome());
			root.addProperty(p("source"), node);
			for (HarvestRun run : source.runs()) {
				model.add(RunLog.describe(run));
				node.addProperty(p("run"), model.createResource(run.id()));
			}
		}
		for (QualityReport.StaleItem item : report.staleItems()) {
			root.addProperty(p("staleItem"), model.createResource(item.item()));
			model.createResource(item.item()).addProperty(DCTerms.modified,
					model.createTypedLiteral(item.modified().toString(), XSDDatatype.XSDdate));
		}
		for (QualityReport.ShapeWarning warning : report.warnings()) {
			Resource node = model.createResource()
				.addProperty(RDF.type, model.createResource(RunLog.NS + "ShapeWarning"))
				.addProperty(p("shape"), model.createResource(warning.shape()))
				.addProperty(RDFS.comment, warning.message())
				.addLiteral(p("count"), warning.count());
			warning.examples().forEach(e -> node.addProperty(p("example"), e.startsWith("_:") ? model.createLiteral(e) : model.createResource(e)));
			root.addProperty(p("warning"), node);
		}
		if (report.links() != null) {
			root.addProperty(p("linksCheckedAt"),
					model.createTypedLiteral(report.links().checkedAt().toString(), XSDDatatype.XSDdateTime));
			root.addLiteral(p("linksChecked"), report.links().checked());
			for (LinkChecker.BrokenLink link : report.links().broken()) {
				Resource node = model.createResource()
					.addProperty(RDF.type, LinkChecker.BROKEN_LINK)
					.addProperty(LinkChecker.URL, model.createResource(link.url()))
					.addLiteral(LinkChecker.STATUS, (long) link.status())
					.addProperty(RDFS.comment, link.reason());
				link.citedBy().forEach(item -> node.addProperty(LinkChecker.CITED_BY, model.createResource(item)));
				root.addProperty(p("brokenLink"), node);
			}
		}
		coverage(model, root, "national", report.coverage().national());
		report.coverage().themes().forEach(count -> coverage(model, root, "theme", count));
		report.coverage().provinces().forEach(count -> coverage(model, root, "province", count));
		model.add(FeedbackPublisher.describe(report.feedback()));
		return model.getGraph();
	}

	private static void coverage(Model model, Resource root, String kind, QualityReport.Count count) {
		Resource node = model.createResource()
			.addProperty(RDF.type, model.createResource(RunLog.NS + "Coverage"))
			.addProperty(p("dimension"), kind)
			.addProperty(p("concept"), model.createResource(count.concept()))
			.addLiteral(p("providers"), count.providers())
			.addLiteral(p("schemes"), count.schemes())
			.addLiteral(p("guides"), count.guides());
		root.addProperty(p("coverage"), node);
	}

	private static Property p(String local) {
		return ResourceFactory.createProperty(RunLog.NS + local);
	}

}
