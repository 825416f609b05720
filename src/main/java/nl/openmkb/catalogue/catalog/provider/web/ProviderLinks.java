package nl.openmkb.catalogue.catalog.provider.web;

import java.util.Map;

import nl.openmkb.catalogue.web.LinkableResources;

import org.springframework.stereotype.Component;

/** The paths of the providers collection and its items. */
@Component
class ProviderLinks implements LinkableResources {

	static final String COLLECTION = "/providers";

	static String item(String slug) {
		return COLLECTION + "/" + slug;
	}

	@Override
	public Map<String, String> collectionsByType() {
		return Map.of("provider", COLLECTION);
	}

}
