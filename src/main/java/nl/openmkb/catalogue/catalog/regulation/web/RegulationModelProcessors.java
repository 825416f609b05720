package nl.openmkb.catalogue.catalog.regulation.web;

import java.util.Set;

import nl.openmkb.catalogue.catalog.reference.web.ConceptDetails;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.RootModel;

import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.LinkRelation;
import org.springframework.hateoas.server.RepresentationModelProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Links from the root and from themes, events and audiences to the regulations. */
final class RegulationModelProcessors {

	private static final LinkRelation REGULATIONS = LinkRelation.of("regulations");

	private static final Set<String> FILTERS = Set.of("theme", "event", "audience");

	private RegulationModelProcessors() {
	}

	/** The root links to the regulations collection. */
	@Component
	static class Root implements RepresentationModelProcessor<RootModel> {

		private final ApiLinks links;

		Root(ApiLinks links) {
			this.links = links;
		}

		@Override
		public RootModel process(RootModel root) {
			return root.add(links.link(RegulationLinks.COLLECTION, REGULATIONS));
		}

	}

	/** A theme, event or audience links to the regulations about it. */
	@Component
	static class Concept implements RepresentationModelProcessor<EntityModel<ConceptDetails>> {

		private final ApiLinks links;

		Concept(ApiLinks links) {
			this.links = links;
		}

		@Override
		public EntityModel<ConceptDetails> process(EntityModel<ConceptDetails> model) {
			ConceptDetails concept = model.getContent();
			if (FILTERS.contains(concept.type())) {
				model.add(links.link(RegulationLinks.COLLECTION + "?" + concept.type() + "="
						+ UriUtils.encodeQueryParam(concept.identifier(), "UTF-8"), REGULATIONS));
			}
			return model;
		}

	}

}
