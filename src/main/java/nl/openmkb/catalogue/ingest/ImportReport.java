package nl.openmkb.catalogue.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an import did with each source, and the store generation afterwards.
 *
 * @param outcomes one entry per source that was offered or removed
 * @param generation the store generation after the import
 */
public record ImportReport(List<Outcome> outcomes, long generation) {

	public ImportReport {
		outcomes = List.copyOf(outcomes);
	}

	/** Whether any source was refused. */
	public boolean hasRefusals() {
		return outcomes.stream().anyMatch(o -> o.status() == Status.REFUSED);
	}

	/** The outcome for one source id, if it was part of the import. */
	public @Nullable Outcome outcome(String sourceId) {
		return outcomes.stream().filter(o -> o.sourceId().equals(sourceId)).findFirst().orElse(null);
	}

	/** What happened to one source. */
	public enum Status {

		/** Parsed, valid and now in the store. */
		LOADED,
		/** Same content as the graph already in the store; nothing written. */
		UNCHANGED,
		/** Did not parse or broke a shape; the previous graph, if any, stays. */
		REFUSED,
		/** The source no longer exists; its graph was removed. */
		REMOVED

	}

	/**
	 * The outcome for one source.
	 *
	 * @param sourceId the source's id
	 * @param origin where it came from
	 * @param status what happened
	 * @param triples triples loaded (0 unless loaded or unchanged)
	 * @param error the parse error, when it did not parse
	 * @param violations the shape violations that refused it
	 */
	public record Outcome(String sourceId, String origin, Status status, long triples, @Nullable String error,
			List<Violation> violations) {

		public Outcome {
			violations = List.copyOf(violations);
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder(status + " " + origin);
			if (status == Status.LOADED || status == Status.UNCHANGED) {
				text.append(" (").append(triples).append(" triples)");
			}
			if (error != null) {
				text.append(": ").append(error);
			}
			violations.forEach(v -> text.append("\n  ").append(v));
			return text.toString();
		}

	}

}
