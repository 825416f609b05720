package nl.openmkb.catalogue.harvest;

import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import nl.openmkb.catalogue.harvest.HarvestException.Cause;
import nl.openmkb.catalogue.harvest.HarvestProperties.Source;
import nl.openmkb.catalogue.harvest.HarvestRun.Outcome;
import nl.openmkb.catalogue.ingest.ImportReport;
import nl.openmkb.catalogue.ingest.SourceFile;
import nl.openmkb.catalogue.ingest.SourceImporter;
import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.GraphNames;
import nl.openmkb.catalogue.store.SourceGraph;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.exec.QueryExec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs harvests and uploads of configured sources: fetch (or take the uploaded bytes) → parse strictly → map →
 * validate with SHACL in the context of the store → replace the source's graph atomically (all through the
 * {@link SourceImporter}) → record the run. Any failure leaves the source's previous graph served and is recorded
 * with its cause. Runs of one source never overlap.
 */
public class Harvester {

	private static final Logger log = LoggerFactory.getLogger(Harvester.class);

	private final CatalogueStore store;

	private final SourceImporter importer;

	private final RunLog runs;

	private final Fetcher fetcher;

	private final CsvMapper csv;

	private final ScProductMapper sc;

	private final String base;

	private final Clock clock;

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	public Harvester(HarvestProperties properties, CatalogueStore store, SourceImporter importer, RunLog runs,
			Fetcher fetcher, String base, Clock clock) {
		this.store = store;
		this.importer = importer;
		this.runs = runs;
		this.fetcher = fetcher;
		this.csv = new CsvMapper(base);
		this.sc = new ScProductMapper(base, new ProviderLookup(store, base));
		this.base = base;
		this.clock = clock;
		for (Source source : properties.sources()) {
			if (source.format() == SourceFormat.SPARQL) {
				try {
					if (!QueryFactory.create(source.query()).isConstructType()) {
						throw new IllegalArgumentException("Harvest source " + source.id() + ": the query must be a CONSTRUCT");
					}
				}
				catch (QueryParseException ex) {
					throw new IllegalArgumentException("Harvest source " + source.id() + ": the query does not parse", ex);
				}
			}
		}
	}

	/** Fetches and imports a source; never throws for a failed run, it is recorded instead. */
	public HarvestRun harvest(Source source, String trigger) {
		synchronized (locks.computeIfAbsent(source.id(), id -> new Object())) {
			Instant started = clock.instant();
			URI url = requestUrl(source);
			Fetcher.Validators validators = Fetcher.Validators.none();
			SourceGraph current = store.sources().get(graphOf(source));
			if (current != null) {
				validators = runs.lastGood(source.id())
					.map(r -> new Fetcher.Validators(r.etag(), r.lastModified()))
					.orElse(Fetcher.Validators.none());
			}
			try {
				Fetcher.Response response = fetcher.fetch(url, source.format().mediaTypes(), source.format().accept(),
						validators);
				if (response.notModified()) {
					return record(new HarvestRun(runId(), source.id(), trigger, "harvest", Fetcher.redacted(url), started,
							clock.instant(), Outcome.NOT_MODIFIED, null, "Not modified since the last good fetch",
							current == null ? 0 : current.triples(), List.of(), response.validators().etag(),
							response.validators().lastModified()));
				}
				return load(source, trigger, "harvest", Fetcher.redacted(url), started, response.body(),
						response.mediaType(), response.validators());
			}
			catch (HarvestException ex) {
				return failed(source, trigger, "harvest", Fetcher.redacted(url), started, ex.kind(), ex.getMessage(),
						List.of());
			}
			catch (RuntimeException ex) {
				log.error("Harvest of {} failed unexpectedly", source.id(), ex);
				return failed(source, trigger, "harvest", Fetcher.redacted(url), started, Cause.ERROR,
						"Unexpected error: " + ex.getClass().getSimpleName(), List.of());
			}
		}
	}

	/** Imports uploaded bytes for a source as if they had been fetched. */
	public HarvestRun upload(Source source, byte[] body, @Nullable String mediaType, String trigger) {
		synchronized (locks.computeIfAbsent(source.id(), id -> new Object())) {
			Instant started = clock.instant();
			String origin = "upload:" + source.id();
			try {
				if (mediaType == null || !source.format().mediaTypes().contains(mediaType)) {
					throw new HarvestException(Cause.CONTENT_TYPE, "Content-Type " + mediaType + " is not one of "
							+ String.join(", ", source.format().mediaTypes()));
				}
				return load(source, trigger, "upload", origin, started, body, mediaType, Fetcher.Validators.none());
			}
			catch (HarvestException ex) {
				return failed(source, trigger, "upload", origin, started, ex.kind(), ex.getMessage(), List.of());
			}
			catch (RuntimeException ex) {
				log.error("Upload for {} failed unexpectedly", source.id(), ex);
				return failed(source, trigger, "upload", origin, started, Cause.ERROR,
						"Unexpected error: " + ex.getClass().getSimpleName(), List.of());
			}
		}
	}

	private HarvestRun load(Source source, String trigger, String kind, String url, Instant started, byte[] body,
			@Nullable String mediaType, Fetcher.Validators validators) {
		String note = "";
		SourceFile file;
		switch (source.format()) {
			case CSV -> file = mapped(source, url, csv.map(body, source.mapping()));
			case SAMENWERKENDE_CATALOGI -> {
				ScProductMapper.Result result = sc.map(body, source.id(), source.mapping());
				note = "; " + result.mapped() + " products mapped, " + result.skipped() + " skipped"
						+ (result.reasons().isEmpty() ? "" : " (" + String.join("; ", result.reasons()) + ")");
				file = mapped(source, url, result.model());
			}
			case SPARQL -> file = new SourceFile(source.sourceId(), url,
					"text/turtle".equals(mediaType) ? Lang.TURTLE : Lang.NTRIPLES, body);
			default -> {
				RdfGuard.check(source.format(), body);
				file = new SourceFile(source.sourceId(), url, source.format().lang(), body);
			}
		}
		requireOwnResources(source, requireTriples(file));
		ImportReport report = importer.importSources(List.of(file));
		ImportReport.Outcome outcome = report.outcome(source.sourceId());
		if (outcome == null) {
			throw new IllegalStateException("The importer did not report on " + source.sourceId());
		}
		return switch (outcome.status()) {
			case LOADED, UNCHANGED -> {
				Outcome result = outcome.status() == ImportReport.Status.LOADED ? Outcome.LOADED : Outcome.UNCHANGED;
				log.info("Harvest {} of {} by {}: {} ({} triples)", kind, source.id(), trigger, result, outcome.triples());
				yield record(new HarvestRun(runId(), source.id(), trigger, kind, url, started, clock.instant(), result,
						null, (result == Outcome.LOADED ? "Loaded" : "Unchanged") + note, outcome.triples(), List.of(),
						validators.etag(), validators.lastModified()));
			}
			default -> outcome.error() != null
					? failed(source, trigger, kind, url, started, Cause.MALFORMED, outcome.error() + note, List.of())
					: failed(source, trigger, kind, url, started, Cause.SHAPE_VIOLATIONS,
							outcome.violations().size() + " shape violations" + note,
							outcome.violations().stream().limit(50).map(Object::toString).toList());
		};
	}

	/** Refuses data that does not parse strictly or is empty, before it can replace a graph. */
	private Model requireTriples(SourceFile file) {
		Model model;
		try {
			model = file.parse(base);
		}
		catch (RiotException ex) {
			throw new HarvestException(Cause.MALFORMED, "Does not parse: " + ex.getMessage(), ex);
		}
		if (model.isEmpty()) {
			throw new HarvestException(Cause.MALFORMED, "The data holds no triples (or nothing could be mapped)");
		}
		return model;
	}

	/** Refuses data that describes resources another source's graph describes: no source overwrites another's. */
	private void requireOwnResources(Source source, Model model) {
		List<String> subjects = model.listSubjects().filterKeep(r -> r.isURIResource()).mapWith(r -> r.getURI()).toList();
		if (subjects.isEmpty()) {
			return;
		}
		StringBuilder values = new StringBuilder();
		subjects.forEach(iri -> values.append('<').append(NodeFactory.createURI(iri).getURI()).append("> "));
		String own = graphOf(source);
		Query query = QueryFactory.create("SELECT DISTINCT ?s ?g WHERE { VALUES ?s { " + values
				+ "} GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + own + ">) } ORDER BY ?s LIMIT 5");
		List<String> taken = store.query(query, List.of(), List.of(), builder -> {
			List<String> found = new java.util.ArrayList<>();
			try (QueryExec execution = builder.build()) {
				execution.select().forEachRemaining(row -> found.add(row.get("s").getURI() + " (in " + row.get("g").getURI() + ")"));
			}
			return found;
		});
		if (!taken.isEmpty()) {
			throw new HarvestException(Cause.CONFLICT,
					"The data describes resources held by another source: " + String.join(", ", taken));
		}
	}

	private HarvestRun failed(Source source, String trigger, String kind, String url, Instant started, Cause cause,
			String message, List<String> violations) {
		log.warn("Harvest {} of {} by {} failed ({}): {}", kind, source.id(), trigger, cause, message);
		SourceGraph current = store.sources().get(graphOf(source));
		return record(new HarvestRun(runId(), source.id(), trigger, kind, url, started, clock.instant(), Outcome.FAILED,
				cause, message, current == null ? 0 : current.triples(), violations, null, null));
	}

	private HarvestRun record(HarvestRun run) {
		runs.record(run);
		return run;
	}

	private SourceFile mapped(Source source, String url, Model model) {
		StringWriter out = new StringWriter();
		RDFDataMgr.write(out, model, Lang.NTRIPLES);
		String[] lines = out.toString().split("\n");
		Arrays.sort(lines);
		String sorted = lines.length == 1 && lines[0].isEmpty() ? "" : String.join("\n", lines) + "\n";
		return new SourceFile(source.sourceId(), url, Lang.NTRIPLES, sorted.getBytes(StandardCharsets.UTF_8));
	}

	private static URI requestUrl(Source source) {
		if (source.format() != SourceFormat.SPARQL) {
			return source.url();
		}
		String separator = source.url().getRawQuery() == null ? "?" : "&";
		return URI.create(source.url() + separator + "query=" + URLEncoder.encode(source.query(), StandardCharsets.UTF_8));
	}

	private String graphOf(Source source) {
		return GraphNames.sourceGraph(base, source.sourceId());
	}

	private static String runId() {
		return "urn:uuid:" + UUID.randomUUID();
	}

}
