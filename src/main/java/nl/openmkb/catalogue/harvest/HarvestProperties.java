package nl.openmkb.catalogue.harvest;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The harvested sources (the allow-list: nothing else is ever fetched) and the limits every fetch obeys.
 *
 * @param sources the sources to harvest
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long a whole response (headers and body) may take
 * @param maxSize the largest body accepted; a larger one fails the run
 * @param maxRedirects how many redirects to follow, each only to an origin of a configured source
 * @param allowPrivateAddresses allow loopback, private and link-local addresses (tests only; never in production)
 * @param schedulingEnabled run each source on its {@code schedule}
 * @param keepRuns how many runs to keep per source
 */
@Validated
@ConfigurationProperties("catalogue.harvest")
public record HarvestProperties(@DefaultValue List<@Valid Source> sources, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration readTimeout, @DefaultValue("16MB") DataSize maxSize,
		@DefaultValue("3") int maxRedirects, @DefaultValue("false") boolean allowPrivateAddresses,
		@DefaultValue("true") boolean schedulingEnabled, @DefaultValue("20") int keepRuns) {

	public HarvestProperties {
		sources = List.copyOf(sources);
		long distinct = sources.stream().map(Source::id).distinct().count();
		if (distinct != sources.size()) {
			throw new IllegalArgumentException("catalogue.harvest.sources: every source needs its own id");
		}
	}

	/** The configured source with this id, if any. */
	public @Nullable Source source(String id) {
		return sources.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
	}

	/**
	 * One harvested source.
	 *
	 * @param id stable id (lowercase, digits, hyphens); names the graph {@code {base}graph/harvest/{id}}
	 * @param url where the data is fetched (for SPARQL: the query endpoint)
	 * @param format how the data is written
	 * @param schedule a Spring cron expression (six fields), or {@code -} for on demand only
	 * @param owner who is responsible for the source; an API key with this id may upload and harvest it
	 * @param query the CONSTRUCT query sent to a SPARQL endpoint
	 * @param mapping format-specific mapping settings (CSV columns, Samenwerkende Catalogi defaults); see
	 * {@code docs/api/stewardship.md}
	 */
	public record Source(@NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String id, @NotNull URI url,
			@NotNull SourceFormat format, @DefaultValue("-") String schedule, @NotBlank String owner,
			@Nullable String query, @DefaultValue Map<String, String> mapping) {

		public Source {
			mapping = Map.copyOf(mapping);
			if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
				throw new IllegalArgumentException("Harvest source " + id + ": only http and https URLs");
			}
			if (!"-".equals(schedule) && !org.springframework.scheduling.support.CronExpression.isValidExpression(schedule)) {
				throw new IllegalArgumentException("Harvest source " + id + ": not a cron expression: " + schedule);
			}
			if (format == SourceFormat.SPARQL && (query == null || query.isBlank())) {
				throw new IllegalArgumentException("Harvest source " + id + ": a SPARQL source needs a CONSTRUCT query");
			}
		}

		/** The source id used for the graph and the importer. */
		public String sourceId() {
			return "harvest/" + id;
		}

	}

}
