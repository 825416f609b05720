package nl.openmkb.catalogue.catalog.subsidy.web;

import java.util.Map;

import nl.openmkb.catalogue.web.LinkableResources;

import org.springframework.stereotype.Component;

/** The paths of the subsidies collection and its items. */
@Component
class SubsidyLinks implements LinkableResources {

	static final String COLLECTION = "/subsidies";

	static String item(String slug) {
		return COLLECTION + "/" + slug;
	}

	@Override
	public Map<String, String> collectionsByType() {
		return Map.of("subsidy", COLLECTION);
	}

}
