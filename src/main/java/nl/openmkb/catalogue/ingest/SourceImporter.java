package nl.openmkb.catalogue.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.GraphNames;
import nl.openmkb.catalogue.store.SourceGraph;
import nl.openmkb.catalogue.store.StoreChange;
import nl.openmkb.catalogue.ingest.ImportReport.Outcome;
import nl.openmkb.catalogue.ingest.ImportReport.Status;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RiotException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports sources into the store: parse strictly, validate against the shapes in the context of everything else in
 * the store, then replace the sources' graphs in one transaction. A source that does not parse or that adds a shape
 * violation is refused and its previous graph stays; the other sources still load when they are valid without it.
 */
public final class SourceImporter {

	private static final Logger log = LoggerFactory.getLogger(SourceImporter.class);

	private final CatalogueStore store;

	private final ShaclGate gate;

	private final String base;

	private final Clock clock;

	public SourceImporter(CatalogueStore store, ShaclGate gate, String base, Clock clock) {
		this.store = store;
		this.gate = gate;
		this.base = base;
		this.clock = clock;
	}

	/** Imports the given sources; other sources in the store stay as they are. */
	public synchronized ImportReport importSources(List<SourceFile> files) {
		return run(files, Set.of());
	}

	/**
	 * Makes the store hold exactly the given sources among those whose origin starts with {@code originPrefix}:
	 * changed ones are imported and those no longer offered are removed.
	 */
	public synchronized ImportReport synchronise(List<SourceFile> files, String originPrefix) {
		Set<String> offered = files.stream().map(f -> graphOf(f.id())).collect(Collectors.toSet());
		Set<String> gone = store.sources().values().stream()
			.filter(s -> s.origin().startsWith(originPrefix) && !offered.contains(s.graphIri()))
			.map(SourceGraph::graphIri)
			.collect(Collectors.toSet());
		return run(files, gone);
	}

	private ImportReport run(List<SourceFile> files, Set<String> removals) {
		Map<String, SourceGraph> current = store.sources();
		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		Map<SourceFile, Model> candidates = new LinkedHashMap<>();
		for (SourceFile file : files) {
			String hash = hash(file);
			SourceGraph existing = current.get(graphOf(file.id()));
			if (existing != null && existing.contentHash().equals(hash)) {
				outcomes.put(file.id(), outcome(file, Status.UNCHANGED, existing.triples(), null, List.of()));
				continue;
			}
			try {
				candidates.put(file, parse(file));
			}
			catch (RiotException ex) {
				outcomes.put(file.id(), outcome(file, Status.REFUSED, 0, ex.getMessage(), List.of()));
			}
		}
		validate(candidates, removals, current.isEmpty(), outcomes);
		List<StoreChange.Replacement> replacements = new ArrayList<>();
		candidates.forEach((file, model) -> replacements.add(new StoreChange.Replacement(
				new SourceGraph(graphOf(file.id()), file.origin(), hash(file), model.size(), clock.instant()), model)));
		StoreChange change = new StoreChange(replacements, List.copyOf(removals));
		long generation = change.isEmpty() ? store.generation() : store.apply(change);
		candidates.forEach((file, model) -> outcomes.put(file.id(), outcome(file, Status.LOADED, model.size(), null, List.of())));
		List<Outcome> all = new ArrayList<>(outcomes.values());
		removals.forEach(graph -> all.add(new Outcome(graph, current.get(graph).origin(), Status.REMOVED, 0, null, List.of())));
		ImportReport report = new ImportReport(all, generation);
		report.outcomes().stream().filter(o -> o.status() == Status.REFUSED).forEach(o -> log.error("Import refused: {}", o));
		return report;
	}

	/**
	 * Drops from {@code candidates} every source that adds violations, until the rest validates. A violation counts
	 * against a source when its focus node is described in that source; one that no candidate describes (for
	 * example a link from existing data to a resource a candidate removes) counts against all candidates.
	 */
	private void validate(Map<SourceFile, Model> candidates, Set<String> removals, boolean storeIsEmpty,
			Map<String, Outcome> outcomes) {
		if (candidates.isEmpty()) {
			return;
		}
		Set<String> baseline = storeIsEmpty ? Set.of() : keys(gate.violations(store.unionExcept(Set.of()).getGraph()));
		while (!candidates.isEmpty()) {
			Set<String> replaced = new HashSet<>(removals);
			candidates.keySet().forEach(f -> replaced.add(graphOf(f.id())));
			Model union = ModelFactory.createDefaultModel().add(store.unionExcept(replaced));
			candidates.values().forEach(union::add);
			List<Violation> added = gate.violations(union.getGraph()).stream()
				.filter(v -> !baseline.contains(key(v)))
				.toList();
			if (added.isEmpty()) {
				return;
			}
			Map<SourceFile, List<Violation>> blamed = blame(candidates, added);
			blamed.forEach((file, violations) -> {
				candidates.remove(file);
				outcomes.put(file.id(), outcome(file, Status.REFUSED, 0, null, violations));
			});
		}
	}

	private static Map<SourceFile, List<Violation>> blame(Map<SourceFile, Model> candidates, List<Violation> violations) {
		Map<SourceFile, List<Violation>> blamed = new LinkedHashMap<>();
		for (Violation violation : violations) {
			List<SourceFile> culprits = candidates.entrySet().stream()
				.filter(e -> describes(e.getValue(), violation.focusNode()))
				.map(Map.Entry::getKey)
				.toList();
			for (SourceFile culprit : culprits.isEmpty() ? List.copyOf(candidates.keySet()) : culprits) {
				blamed.computeIfAbsent(culprit, f -> new ArrayList<>()).add(violation);
			}
		}
		return blamed;
	}

	private static boolean describes(Model model, String focusNode) {
		return !focusNode.startsWith("_:") && model.getGraph().contains(NodeFactory.createURI(focusNode), null, null);
	}

	private static Set<String> keys(List<Violation> violations) {
		return violations.stream().map(SourceImporter::key).collect(Collectors.toSet());
	}

	private static String key(Violation v) {
		return v.focusNode() + "|" + v.path() + "|" + v.shape() + "|" + v.constraint() + "|" + v.value();
	}

	private Model parse(SourceFile file) {
		return file.parse(base);
	}

	private String graphOf(String sourceId) {
		return GraphNames.sourceGraph(base, sourceId);
	}

	private String hash(SourceFile file) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(base.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(file.content());
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

	private static Outcome outcome(SourceFile file, Status status, long triples, @Nullable String error, List<Violation> violations) {
		return new Outcome(file.id(), file.origin(), status, triples, error, violations);
	}

}
