package nl.openmkb.catalogue.catalog.regulation.web;

import java.util.Map;

import nl.openmkb.catalogue.catalog.reference.web.ConceptFilterLinks;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.RootCollectionLink;

import org.springframework.stereotype.Component;

/** Links from the root and from themes, events and audiences to the regulations. */
final class RegulationModelProcessors {

	private RegulationModelProcessors() {
	}

	/** The root links to the regulations collection. */
	@Component
	static class Root extends RootCollectionLink {

		Root(ApiLinks links) {
			super(links, RegulationLinks.COLLECTION, "regulations");
		}

	}

	/** A theme, event or audience links to the regulations about it. */
	@Component
	static class Concept extends ConceptFilterLinks {

		Concept(ApiLinks links) {
			super(links, RegulationLinks.COLLECTION, "regulations", Map.of("theme", "theme", "event", "event", "audience", "audience"));
		}

	}

}
