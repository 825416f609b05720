package nl.openmkb.catalogue.catalog.guide.web;

import java.util.Map;

import nl.openmkb.catalogue.web.LinkableResources;

import org.springframework.stereotype.Component;

/** The paths of the guides collection, its items and their steps. */
@Component
class GuideLinks implements LinkableResources {

	static final String COLLECTION = "/guides";

	static String item(String slug) {
		return COLLECTION + "/" + slug;
	}

	static String step(String slug, int position) {
		return item(slug) + "/steps/" + position;
	}

	@Override
	public Map<String, String> collectionsByType() {
		return Map.of("guide", COLLECTION);
	}

}
