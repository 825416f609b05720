package nl.openmkb.catalogue.catalog.regulation.web;

import java.util.Map;

import nl.openmkb.catalogue.web.LinkableResources;

import org.springframework.stereotype.Component;

/** The paths of the regulations collection and its items. */
@Component
class RegulationLinks implements LinkableResources {

	static final String COLLECTION = "/regulations";

	static String item(String slug) {
		return COLLECTION + "/" + slug;
	}

	@Override
	public Map<String, String> collectionsByType() {
		return Map.of("regulation", COLLECTION);
	}

}
