package nl.openmkb.catalogue.catalog.guide.web;

import java.util.Set;

import nl.openmkb.catalogue.catalog.reference.web.ConceptDetails;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.RootModel;

import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.LinkRelation;
import org.springframework.hateoas.server.RepresentationModelProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Links from the root and from themes, events and audiences to the guides. */
final class GuideModelProcessors {

	private static final LinkRelation GUIDES = LinkRelation.of("guides");

	private static final Set<String> FILTERS = Set.of("theme", "event", "audience");

	private GuideModelProcessors() {
	}

	/** The root links to the guides collection. */
	@Component
	static class Root implements RepresentationModelProcessor<RootModel> {

		private final ApiLinks links;

		Root(ApiLinks links) {
			this.links = links;
		}

		@Override
		public RootModel process(RootModel root) {
			return root.add(links.link(GuideLinks.COLLECTION, GUIDES));
		}

	}

	/** A theme, event or audience links to the guides about it. */
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
				model.add(links.link(GuideLinks.COLLECTION + "?" + concept.type() + "="
						+ UriUtils.encodeQueryParam(concept.identifier(), "UTF-8"), GUIDES));
			}
			return model;
		}

	}

}
