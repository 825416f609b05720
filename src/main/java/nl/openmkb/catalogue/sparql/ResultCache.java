package nl.openmkb.catalogue.sparql;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Complete results of queries already answered, keyed by query text, dataset, format and store generation, and
 * bounded by the total size of the bodies. A write to the store moves the generation on, so older entries are never
 * asked for again and age out.
 */
@Component
final class ResultCache {

	private static final int ENTRY_OVERHEAD = 128;

	private final @Nullable Cache<Key, byte[]> cache;

	ResultCache(SparqlProperties properties) {
		long maxSize = properties.cache().maxSize().toBytes();
		this.cache = maxSize <= 0 ? null
				: Caffeine.newBuilder()
					.maximumWeight(maxSize)
					.weigher((Key key, byte[] body) -> (int) Math.min(Integer.MAX_VALUE,
							(long) body.length + 2L * key.query().length() + ENTRY_OVERHEAD))
					.expireAfterAccess(properties.cache().expireAfterAccess())
					.build();
	}

	@Nullable byte[] get(Key key) {
		return cache == null ? null : cache.getIfPresent(key);
	}

	void put(Key key, byte[] body) {
		if (cache != null) {
			cache.put(key, body);
		}
	}

	/** Number of cached results (approximate), for tests and diagnostics. */
	long size() {
		return cache == null ? 0 : cache.estimatedSize();
	}

	/**
	 * What makes two requests the same.
	 *
	 * @param query the query text as received
	 * @param defaultGraphs the default graphs the query ran against (empty: the union of the sources)
	 * @param namedGraphs the named graphs the query ran against
	 * @param format the result format
	 * @param generation the store generation the result belongs to
	 */
	record Key(String query, List<String> defaultGraphs, List<String> namedGraphs, ResultFormat format, long generation) {
	}

}
