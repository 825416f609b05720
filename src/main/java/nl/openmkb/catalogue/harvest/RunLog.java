package nl.openmkb.catalogue.harvest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.openmkb.catalogue.harvest.HarvestException.Cause;
import nl.openmkb.catalogue.harvest.HarvestRun.Outcome;
import nl.openmkb.catalogue.store.CatalogueStore;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The harvest runs, kept as {@code prov:Activity} records in the store's system graph: they survive restarts, are
 * shared by all nodes on a remote store, and are not part of the published data. Only the newest
 * {@code keepRuns} runs per source are kept.
 */
public final class RunLog {

	/** Namespace of the harvest and quality terms (documented in {@code docs/api/stewardship.md}). */
	public static final String NS = "https://w3id.org/open-mkb/quality#";

	static final String PROV = "http://www.w3.org/ns/prov#";

	static final Resource HARVEST_RUN = ResourceFactory.createResource(NS + "HarvestRun");

	static final Resource ACTIVITY = ResourceFactory.createResource(PROV + "Activity");

	static final Property STARTED = ResourceFactory.createProperty(PROV + "startedAtTime");

	static final Property ENDED = ResourceFactory.createProperty(PROV + "endedAtTime");

	static final Property USED = ResourceFactory.createProperty(PROV + "used");

	static final Property SOURCE = ResourceFactory.createProperty(NS + "source");

	static final Property TRIGGER = ResourceFactory.createProperty(NS + "trigger");

	static final Property KIND = ResourceFactory.createProperty(NS + "kind");

	static final Property OUTCOME = ResourceFactory.createProperty(NS + "outcome");

	static final Property CAUSE = ResourceFactory.createProperty(NS + "cause");

	static final Property TRIPLES = ResourceFactory.createProperty(NS + "triples");

	static final Property VIOLATION = ResourceFactory.createProperty(NS + "violation");

	static final Property ETAG = ResourceFactory.createProperty(NS + "etag");

	static final Property LAST_MODIFIED = ResourceFactory.createProperty(NS + "lastModified");

	private final CatalogueStore store;

	private final int keepRuns;

	public RunLog(CatalogueStore store, int keepRuns) {
		this.store = store;
		this.keepRuns = Math.max(1, keepRuns);
	}

	/** Records a run and forgets the oldest runs of its source beyond the limit. */
	public synchronized void record(HarvestRun run) {
		List<String> stale = runs(run.source(), Integer.MAX_VALUE).stream()
			.skip(keepRuns - 1L)
			.map(HarvestRun::id)
			.toList();
		store.writeRecords(describe(run), stale);
	}

	/** The newest runs of a source, newest first. */
	public List<HarvestRun> runs(String source, int limit) {
		return query(source).stream().limit(limit).toList();
	}

	/** The newest runs of every source, newest first. */
	public List<HarvestRun> all(int limit) {
		return query(null).stream().limit(limit).toList();
	}

	/** The newest run of a source that fetched data successfully, for its validators. */
	public Optional<HarvestRun> lastGood(String source) {
		return query(source).stream().filter(r -> r.succeeded() && r.kind().equals("harvest")).findFirst();
	}

	/** The run as RDF. */
	public static Model describe(HarvestRun run) {
		Model model = ModelFactory.createDefaultModel();
		Resource activity = model.createResource(run.id())
			.addProperty(RDF.type, ACTIVITY)
			.addProperty(RDF.type, HARVEST_RUN)
			.addProperty(SOURCE, run.source())
			.addProperty(TRIGGER, run.trigger())
			.addProperty(KIND, run.kind())
			.addProperty(USED, model.createResource(run.url()))
			.addProperty(STARTED, model.createTypedLiteral(run.startedAt().toString(), XSDDatatype.XSDdateTime))
			.addProperty(ENDED, model.createTypedLiteral(run.endedAt().toString(), XSDDatatype.XSDdateTime))
			.addProperty(OUTCOME, run.outcome().name())
			.addProperty(RDFS.comment, run.message())
			.addLiteral(TRIPLES, run.triples());
		if (run.cause() != null) {
			activity.addProperty(CAUSE, run.cause().name());
		}
		run.violations().forEach(v -> activity.addProperty(VIOLATION, v));
		if (run.etag() != null) {
			activity.addProperty(ETAG, run.etag());
		}
		if (run.lastModified() != null) {
			activity.addProperty(LAST_MODIFIED, run.lastModified());
		}
		return model;
	}

	private List<HarvestRun> query(String source) {
		ParameterizedSparqlString sparql = new ParameterizedSparqlString("""
				PREFIX q: <%s>
				PREFIX prov: <%s>
				PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
				SELECT ?run ?source ?trigger ?kind ?url ?started ?ended ?outcome ?cause ?message ?triples ?violation ?etag ?lastModified
				WHERE { GRAPH ?system {
				  ?run a q:HarvestRun ; q:source ?source ; q:trigger ?trigger ; q:kind ?kind ; prov:used ?url ;
				       prov:startedAtTime ?started ; prov:endedAtTime ?ended ; q:outcome ?outcome ; rdfs:comment ?message ;
				       q:triples ?triples .
				  OPTIONAL { ?run q:cause ?cause }
				  OPTIONAL { ?run q:violation ?violation }
				  OPTIONAL { ?run q:etag ?etag }
				  OPTIONAL { ?run q:lastModified ?lastModified }
				  %s
				} } ORDER BY DESC(?started) ?run ?violation""".formatted(NS, PROV, source == null ? "" : "FILTER(?source = ?wanted)"));
		sparql.setIri("system", store.systemGraph());
		if (source != null) {
			sparql.setLiteral("wanted", source);
		}
		// Rows are turned into runs inside the read: on TDB2 a solution's nodes are only valid in its transaction.
		List<HarvestRun> runs = store.read(connection -> {
			Map<String, List<QuerySolution>> rows = new LinkedHashMap<>();
			Map<String, HarvestRun> read = new LinkedHashMap<>();
			connection.querySelect(sparql.asQuery(), row -> {
				String id = row.getResource("run").getURI();
				rows.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
				if (!read.containsKey(id)) {
					read.put(id, toRun(id, row));
				}
			});
			List<HarvestRun> result = new ArrayList<>();
			read.forEach((id, run) -> {
				List<String> violations = rows.get(id).stream().filter(s -> s.contains("violation"))
					.map(s -> s.getLiteral("violation").getString()).distinct().toList();
				result.add(new HarvestRun(run.id(), run.source(), run.trigger(), run.kind(), run.url(), run.startedAt(),
						run.endedAt(), run.outcome(), run.cause(), run.message(), run.triples(), violations, run.etag(),
						run.lastModified()));
			});
			return result;
		});
		List<HarvestRun> sorted = new ArrayList<>(runs);
		sorted.sort(Comparator.comparing(HarvestRun::startedAt).reversed());
		return sorted;
	}

	private static HarvestRun toRun(String id, QuerySolution row) {
		return new HarvestRun(id, row.getLiteral("source").getString(), row.getLiteral("trigger").getString(),
				row.getLiteral("kind").getString(), row.getResource("url").getURI(),
				Instant.parse(row.getLiteral("started").getLexicalForm()),
				Instant.parse(row.getLiteral("ended").getLexicalForm()),
				Outcome.valueOf(row.getLiteral("outcome").getString()),
				row.contains("cause") ? Cause.valueOf(row.getLiteral("cause").getString()) : null,
				row.getLiteral("message").getString(), row.getLiteral("triples").getLong(), List.of(),
				row.contains("etag") ? row.getLiteral("etag").getString() : null,
				row.contains("lastModified") ? row.getLiteral("lastModified").getString() : null);
	}

}
