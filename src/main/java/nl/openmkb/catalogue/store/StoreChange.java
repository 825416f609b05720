package nl.openmkb.catalogue.store;

import java.util.List;

import org.apache.jena.rdf.model.Model;

/**
 * One atomic write: source graphs to replace whole and source graphs to remove.
 *
 * @param replacements graphs whose content is replaced
 * @param removals IRIs of source graphs to drop with their bookkeeping
 */
public record StoreChange(List<Replacement> replacements, List<String> removals) {

	public StoreChange {
		replacements = List.copyOf(replacements);
		removals = List.copyOf(removals);
	}

	/** A change that replaces the given graphs. */
	public static StoreChange replacing(Replacement... replacements) {
		return new StoreChange(List.of(replacements), List.of());
	}

	/** Whether the change would do nothing. */
	public boolean isEmpty() {
		return replacements.isEmpty() && removals.isEmpty();
	}

	/**
	 * New content for one source graph.
	 *
	 * @param source the bookkeeping to record with it (its graph IRI names the graph)
	 * @param content the triples
	 */
	public record Replacement(SourceGraph source, Model content) {
	}

}
