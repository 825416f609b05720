package nl.openmkb.catalogue.sparql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and cache of the SPARQL endpoint.
 *
 * @param timeout how long one query may run, from parsing to the last byte of the result; a client's
 * {@code timeout} parameter can only shorten it
 * @param maxResults the most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) one result may hold; a query that asks for
 * more is refused, never cut short
 * @param maxQuerySize the largest query text accepted
 * @param cache the result cache
 */
@Validated
@ConfigurationProperties("catalogue.sparql")
record SparqlProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("10000") int maxResults,
		@DefaultValue("64KB") DataSize maxQuerySize, @DefaultValue Cache cache) {

	SparqlProperties {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("catalogue.sparql.timeout must be positive: " + timeout);
		}
		if (maxResults < 1) {
			throw new IllegalArgumentException("catalogue.sparql.max-results must be at least 1: " + maxResults);
		}
	}

	/**
	 * Results of repeated queries, keyed by query, dataset, format and store generation.
	 *
	 * @param maxSize total size of the cached result bodies; {@code 0} turns the cache off
	 * @param expireAfterAccess how long an unused result stays
	 */
	record Cache(@DefaultValue("64MB") DataSize maxSize, @DefaultValue("1h") Duration expireAfterAccess) {
	}

}
