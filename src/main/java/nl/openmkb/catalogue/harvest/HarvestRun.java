package nl.openmkb.catalogue.harvest;

import java.time.Instant;
import java.util.List;

import nl.openmkb.catalogue.harvest.HarvestException.Cause;

import org.jspecify.annotations.Nullable;

/**
 * One harvest or upload of a source, recorded as a {@code prov:Activity}.
 *
 * @param id the run's IRI ({@code urn:uuid:…})
 * @param source the configured source id
 * @param trigger who started it: {@code schedule}, or the id of the API key
 * @param kind {@code harvest} (fetched) or {@code upload} (sent through the admin API)
 * @param url where the data came from (without query string)
 * @param startedAt when it started
 * @param endedAt when it ended
 * @param outcome what happened
 * @param cause why it failed, when it failed
 * @param message what happened, in words
 * @param triples triples in the source's graph after the run (when loaded or unchanged)
 * @param violations the shape violations that refused it (at most 50)
 * @param etag the ETag of the fetched data, for the next conditional GET
 * @param lastModified the Last-Modified of the fetched data, for the next conditional GET
 */
public record HarvestRun(String id, String source, String trigger, String kind, String url, Instant startedAt,
		Instant endedAt, Outcome outcome, @Nullable Cause cause, String message, long triples, List<String> violations,
		@Nullable String etag, @Nullable String lastModified) {

	public HarvestRun {
		violations = List.copyOf(violations);
	}

	/** Whether the source's graph holds this run's data (or data identical to it). */
	public boolean succeeded() {
		return outcome != Outcome.FAILED;
	}

	/** What a run did. */
	public enum Outcome {

		/** New data was validated and replaced the source's graph. */
		LOADED,
		/** The data was the same as the graph already held; nothing written. */
		UNCHANGED,
		/** The server answered 304 to the conditional GET; nothing fetched. */
		NOT_MODIFIED,
		/** The run failed (see the cause); the previous graph stays served. */
		FAILED

	}

}
