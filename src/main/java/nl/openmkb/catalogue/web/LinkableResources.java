package nl.openmkb.catalogue.web;

import java.util.Map;

/**
 * Declares which catalogue IRIs a feature serves, so that any feature can link to any resource without knowing
 * the other feature's paths. Each feature's {@code XxxLinks} implements it.
 */
public interface LinkableResources {

	/** Collection paths (relative to {@code /api/v1}) by IRI type segment, e.g. {@code subsidy → /subsidies}. */
	Map<String, String> collectionsByType();

	/** API paths of resources whose IRIs lie outside the deployment base, by IRI. */
	default Map<String, String> pathsOfForeignIris() {
		return Map.of();
	}

}
