package nl.openmkb.catalogue.catalog.guide.web;

import java.util.Map;

import nl.openmkb.catalogue.catalog.reference.web.ConceptFilterLinks;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.RootCollectionLink;

import org.springframework.stereotype.Component;

/** Links from the root and from themes, events and audiences to the guides. */
final class GuideModelProcessors {

	private GuideModelProcessors() {
	}

	/** The root links to the guides collection. */
	@Component
	static class Root extends RootCollectionLink {

		Root(ApiLinks links) {
			super(links, GuideLinks.COLLECTION, "guides");
		}

	}

	/** A theme, event or audience links to the guides about it. */
	@Component
	static class Concept extends ConceptFilterLinks {

		Concept(ApiLinks links) {
			super(links, GuideLinks.COLLECTION, "guides", Map.of("theme", "theme", "event", "event", "audience", "audience"));
		}

	}

}
