package nl.openmkb.catalogue.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import nl.openmkb.catalogue.feedback.Feedback;
import nl.openmkb.catalogue.harvest.HarvestProperties;
import nl.openmkb.catalogue.harvest.HarvestRun;
import nl.openmkb.catalogue.harvest.RunLog;
import nl.openmkb.catalogue.quality.QualityReport.Count;
import nl.openmkb.catalogue.ingest.ShaclGate;
import nl.openmkb.catalogue.ingest.Violation;
import nl.openmkb.catalogue.quality.QualityReport.Coverage;
import nl.openmkb.catalogue.quality.QualityReport.ShapeWarning;
import nl.openmkb.catalogue.quality.QualityReport.SourceStatus;
import nl.openmkb.catalogue.quality.QualityReport.StaleItem;
import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.GraphNames;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Builds the quality report. Stale items, shape warnings and coverage depend only on the published data, so they are
 * computed once per store generation (and day); runs, link checks and feedback are read from the system graph on each request.
 */
public class QualityReports {

	private static final String PREFIXES = """
			PREFIX mkb: <https://w3id.org/open-mkb/def#>
			PREFIX cpsv: <http://purl.org/vocab/cpsv#>
			PREFIX cv: <http://data.europa.eu/m8g/>
			PREFIX eli: <http://data.europa.eu/eli/ontology#>
			PREFIX org: <http://www.w3.org/ns/org#>
			PREFIX dct: <http://purl.org/dc/terms/>
			PREFIX dcat: <http://www.w3.org/ns/dcat#>
			PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
			PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
			""";

	/** The kind of item as a SPARQL expression over ?item. */
	private static final String KIND = """
			  { ?item a mkb:Scheme BIND("subsidy" AS ?kind) } UNION { ?item a eli:LegalResource BIND("regulation" AS ?kind) }
			  UNION { ?item a mkb:Guide BIND("guide" AS ?kind) }
			  UNION { ?item a ?orgType VALUES ?orgType { cv:PublicOrganisation org:Organization } BIND("provider" AS ?kind) }
			""";

	private final CatalogueStore store;

	private final HarvestProperties harvest;

	private final RunLog runs;

	private final LinkChecker links;

	private final Feedback feedback;

	private final QualityProperties properties;

	private final String base;

	private final Clock clock;

	private final ShaclGate gate;

	private volatile Derived derived = new Derived(-1, LocalDate.MIN, List.of(), List.of(), new Coverage(
			new Count("", "", 0, 0, 0), List.of(), List.of()));

	public QualityReports(CatalogueStore store, HarvestProperties harvest, RunLog runs, LinkChecker links,
			Feedback feedback, QualityProperties properties, ShaclGate gate, String base, Clock clock) {
		this.store = store;
		this.gate = gate;
		this.harvest = harvest;
		this.runs = runs;
		this.links = links;
		this.feedback = feedback;
		this.properties = properties;
		this.base = base;
		this.clock = clock;
	}

	/** The report as it is now. */
	public QualityReport report() {
		long generation = store.generation();
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		Derived current = derived;
		if (current.generation() != generation || !current.day().equals(today)) {
			synchronized (this) {
				current = derived;
				if (current.generation() != generation || !current.day().equals(today)) {
					List<ShapeWarning> warnings = current.generation() == generation ? current.warnings() : warnings();
					current = new Derived(generation, today, stale(today), warnings, coverage());
					derived = current;
				}
			}
		}
		List<SourceStatus> sources = harvest.sources().stream().map(source -> {
			List<HarvestRun> recent = runs.runs(source.id(), properties.runsPerSource());
			return new SourceStatus(source.id(), source.format().name(), source.owner(),
					GraphNames.sourceGraph(base, source.sourceId()),
					recent.isEmpty() ? "NEVER_RUN" : recent.get(0).outcome().name(), recent);
		}).toList();
		return new QualityReport(clock.instant(), generation, sources, properties.staleAfter().toDays(),
				current.stale(), current.warnings(), links.last(), current.coverage(), feedback.scores());
	}

	/** The SHACL warnings of all published data, grouped by shape and message, most frequent first. */
	private List<ShapeWarning> warnings() {
		Map<String, List<Violation>> groups = new LinkedHashMap<>();
		for (Violation warning : gate.warnings(store.unionExcept(java.util.Set.of()).getGraph())) {
			groups.computeIfAbsent(warning.shape() + "\u0000" + warning.message(), k -> new ArrayList<>()).add(warning);
		}
		return groups.values().stream()
			.map(group -> new ShapeWarning(group.get(0).shape(), group.get(0).message(), group.size(),
					group.stream().map(Violation::focusNode).distinct().sorted().limit(10).toList()))
			.sorted(java.util.Comparator.comparingLong(ShapeWarning::count).reversed().thenComparing(ShapeWarning::message))
			.toList();
	}

	private List<StaleItem> stale(LocalDate today) {
		LocalDate cutoff = today.minusDays(properties.staleAfter().toDays());
		List<StaleItem> items = new ArrayList<>();
		select(PREFIXES + """
				SELECT ?item ?kind ?modified (SAMPLE(?t) AS ?title) WHERE {
				%s
				  ?item dct:modified ?modified .
				  OPTIONAL { ?item dct:title|skos:prefLabel ?t FILTER(langMatches(lang(?t), "nl")) }
				  FILTER(datatype(?modified) = xsd:date && ?modified < "%s"^^xsd:date)
				} GROUP BY ?item ?kind ?modified ORDER BY ?modified ?item LIMIT 1000""".formatted(KIND, cutoff),
				row -> items.add(new StaleItem(row.get("item").getURI(), row.get("kind").getLiteralLexicalForm(),
						row.contains("title") ? row.get("title").getLiteralLexicalForm() : "",
						LocalDate.parse(row.get("modified").getLiteralLexicalForm()))));
		return items;
	}

	private Coverage coverage() {
		Map<String, long[]> themes = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		select(PREFIXES + """
				SELECT ?theme ?label ?kind (COUNT(DISTINCT ?item) AS ?n) WHERE {
				  ?theme skos:inScheme ?scheme . ?theme skos:prefLabel ?label FILTER(langMatches(lang(?label), "nl"))
				  FILTER(STRENDS(STR(?scheme), "/id/scheme/themes"))
				  OPTIONAL { %s ?item dcat:theme|cv:thematicArea ?theme . }
				} GROUP BY ?theme ?label ?kind ORDER BY ?label""".formatted(KIND), row -> {
			String theme = row.get("theme").getURI();
			labels.put(theme, row.get("label").getLiteralLexicalForm());
			add(themes, theme, row);
		});
		Map<String, long[]> provinces = new LinkedHashMap<>();
		select(PREFIXES + """
				SELECT ?province ?label ?kind (COUNT(DISTINCT ?item) AS ?n) WHERE {
				  ?province a dct:Location ; skos:prefLabel ?label FILTER(STRSTARTS(STR(?province), "%sid/province/"))
				  OPTIONAL { %s ?item dct:spatial ?area . ?area skos:broader* ?province . }
				} GROUP BY ?province ?label ?kind ORDER BY ?label""".formatted(base, KIND), row -> {
			String province = row.get("province").getURI();
			labels.put(province, row.get("label").getLiteralLexicalForm());
			add(provinces, province, row);
		});
		Map<String, long[]> national = new LinkedHashMap<>();
		String country = "http://publications.europa.eu/resource/authority/country/NLD";
		select(PREFIXES + """
				SELECT ?kind (COUNT(DISTINCT ?item) AS ?n) WHERE { %s ?item dct:spatial <%s> } GROUP BY ?kind"""
			.formatted(KIND, country), row -> add(national, country, row));
		return new Coverage(count(country, "Nederland", national.getOrDefault(country, new long[3])),
				themes.entrySet().stream().map(e -> count(e.getKey(), labels.get(e.getKey()), e.getValue())).toList(),
				provinces.entrySet().stream().map(e -> count(e.getKey(), labels.get(e.getKey()), e.getValue())).toList());
	}

	private static void add(Map<String, long[]> counts, String key, Binding row) {
		long[] count = counts.computeIfAbsent(key, k -> new long[3]);
		if (!row.contains("kind")) {
			return;
		}
		long n = Long.parseLong(row.get("n").getLiteralLexicalForm());
		switch (row.get("kind").getLiteralLexicalForm()) {
			case "provider" -> count[0] += n;
			case "subsidy" -> count[1] += n;
			case "guide" -> count[2] += n;
			default -> {
			}
		}
	}

	private static Count count(String concept, String label, long[] counts) {
		return new Count(concept, label, counts[0], counts[1], counts[2]);
	}

	private void select(String sparql, Consumer<Binding> rows) {
		store.query(QueryFactory.create(sparql), List.of(), List.of(), builder -> {
			try (QueryExec execution = builder.build()) {
				execution.select().forEachRemaining(rows);
			}
			return null;
		});
	}

	private record Derived(long generation, LocalDate day, List<StaleItem> stale, List<ShapeWarning> warnings,
			Coverage coverage) {
	}

}
