package nl.openmkb.catalogue.quality;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the quality report and the link checker.
 *
 * @param staleAfter an item whose {@code dct:modified} is older than this is reported as stale
 * @param runsPerSource how many recent runs the report shows per source
 * @param linkCheck the link checker
 */
@ConfigurationProperties("catalogue.quality")
public record QualityProperties(@DefaultValue("365d") Duration staleAfter, @DefaultValue("5") int runsPerSource,
		@DefaultValue LinkCheck linkCheck) {

	/**
	 * The link checker: checks every {@code foaf:page} and {@code foaf:homepage} of the published data, one request
	 * at a time, in the background.
	 *
	 * @param every how often to run it ({@code 0} for on demand only, through the admin API)
	 * @param timeout connect and response timeout per link
	 * @param pace the pause between two requests (the rate limit)
	 * @param maxLinks the most links checked in one run
	 * @param allowPrivateAddresses allow loopback and private addresses (tests only)
	 */
	public record LinkCheck(@DefaultValue("24h") Duration every, @DefaultValue("10s") Duration timeout,
			@DefaultValue("1s") Duration pace, @DefaultValue("5000") int maxLinks,
			@DefaultValue("false") boolean allowPrivateAddresses) {
	}

}
