package nl.openmkb.catalogue.catalog.provider.web;

import java.util.Map;

import nl.openmkb.catalogue.catalog.reference.web.ConceptFilterLinks;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.RootCollectionLink;

import org.springframework.stereotype.Component;

/** Links from the root and from themes, municipalities and provinces to the providers. */
final class ProviderModelProcessors {

	private ProviderModelProcessors() {
	}

	/** The root links to the providers collection. */
	@Component
	static class Root extends RootCollectionLink {

		Root(ApiLinks links) {
			super(links, ProviderLinks.COLLECTION, "providers");
		}

	}

	/** A theme, municipality or province links to the providers for it. */
	@Component
	static class Concept extends ConceptFilterLinks {

		Concept(ApiLinks links) {
			super(links, ProviderLinks.COLLECTION, "providers", Map.of("theme", "theme", "municipality", "municipality", "province", "province"));
		}

	}

}
