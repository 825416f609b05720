package nl.openmkb.catalogue.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.openmkb.catalogue.feedback.Feedback;
import nl.openmkb.catalogue.harvest.HarvestRun;

import org.jspecify.annotations.Nullable;

/**
 * The quality of the catalogue as stewards and policy makers see it.
 *
 * @param generatedAt when the report was made
 * @param generation the store generation it describes
 * @param sources every configured harvest source with its newest runs
 * @param staleAfterDays an item not modified for this many days is stale
 * @param staleItems the stale items, oldest first
 * @param warnings what the published data should do but does not (SHACL {@code sh:Warning}s), grouped by rule
 * @param links the newest link check, if one has run
 * @param coverage how many providers, schemes and guides there are per theme and per province
 * @param feedback counts, mean and NPS per item, most responses first
 */
public record QualityReport(Instant generatedAt, long generation, List<SourceStatus> sources, long staleAfterDays,
		List<StaleItem> staleItems, List<ShapeWarning> warnings, LinkChecker.@Nullable Result links, Coverage coverage,
		List<Feedback.Score> feedback) {

	/**
	 * One configured source.
	 *
	 * @param id the source id
	 * @param format its format
	 * @param owner who is responsible for it
	 * @param graph the named graph holding its data
	 * @param lastOutcome the outcome of the newest run ({@code NEVER_RUN} when there was none)
	 * @param runs the newest runs, newest first, with their causes and shape violations
	 */
	public record SourceStatus(String id, String format, String owner, String graph, String lastOutcome,
			List<HarvestRun> runs) {
	}

	/**
	 * An item whose {@code dct:modified} is older than the configured period.
	 *
	 * @param item its IRI
	 * @param type {@code subsidy}, {@code regulation}, {@code guide} or {@code provider}
	 * @param title its Dutch title
	 * @param modified when it was last modified
	 */
	public record StaleItem(String item, String type, String title, LocalDate modified) {
	}

	/**
	 * One SHACL warning rule and the resources that do not follow it.
	 *
	 * @param shape the shape the rule belongs to
	 * @param message what the data should do
	 * @param count how many resources do not
	 * @param examples up to ten of them
	 */
	public record ShapeWarning(String shape, String message, long count, List<String> examples) {
	}

	/**
	 * Coverage counts.
	 *
	 * @param national providers, schemes and guides for the whole country
	 * @param themes per theme
	 * @param provinces per province: items whose area is the province or lies inside it (national items apply too,
	 * see {@code national})
	 */
	public record Coverage(Count national, List<Count> themes, List<Count> provinces) {
	}

	/**
	 * How many providers, schemes and guides one theme or area has.
	 *
	 * @param concept the theme or area IRI
	 * @param label its Dutch label
	 * @param providers providers
	 * @param schemes schemes
	 * @param guides guides
	 */
	public record Count(String concept, String label, long providers, long schemes, long guides) {
	}

}
