package nl.openmkb.catalogue.linkeddata;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The type segments of resource IRIs ({@code {base}id/{type}/{slug}}), in the order pages list them, with the REST
 * API collection that holds each (where there is one). Names for people are in the message bundle
 * ({@code type.{segment}} and {@code type.{segment}.plural}).
 */
public final class ResourceTypes {

	/** Every type segment, main content first, reference lists after. */
	public static final List<String> ALL = List.of("subsidy", "regulation", "guide", "provider", "channel", "theme",
			"event", "audience", "scheme-kind", "status", "channel-type", "sbi", "province", "labour-market-region",
			"municipality", "scheme");

	/** The four kinds of content the home page leads with. */
	public static final List<String> CONTENT = List.of("subsidy", "regulation", "guide", "provider");

	private static final Map<String, String> API_COLLECTIONS = Map.ofEntries(Map.entry("subsidy", "subsidies"),
			Map.entry("regulation", "regulations"), Map.entry("guide", "guides"), Map.entry("provider", "providers"),
			Map.entry("theme", "themes"), Map.entry("event", "events"), Map.entry("audience", "audiences"),
			Map.entry("scheme-kind", "scheme-kinds"), Map.entry("status", "statuses"), Map.entry("sbi", "sbi-codes"),
			Map.entry("province", "regions"), Map.entry("labour-market-region", "regions"),
			Map.entry("municipality", "regions"));

	private ResourceTypes() {
	}

	public static boolean isKnown(String type) {
		return ALL.contains(type);
	}

	/** The path of the REST API item of this resource, or {@code null} when the API has no collection for its type. */
	public static @Nullable String apiPath(String type, String slug) {
		String collection = API_COLLECTIONS.get(type);
		return collection == null ? null : "/api/v1/" + collection + "/" + slug;
	}

}
