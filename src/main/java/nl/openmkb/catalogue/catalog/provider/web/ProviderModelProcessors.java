package nl.openmkb.catalogue.catalog.provider.web;

import java.util.Map;

import nl.openmkb.catalogue.catalog.reference.web.ConceptDetails;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.RootModel;

import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.LinkRelation;
import org.springframework.hateoas.server.RepresentationModelProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Links from the root and from themes and regions to the providers, added without those features knowing this one. */
final class ProviderModelProcessors {

	private static final LinkRelation PROVIDERS = LinkRelation.of("providers");

	private static final Map<String, String> FILTERS = Map.of("theme", "theme", "municipality", "municipality",
			"province", "province");

	private ProviderModelProcessors() {
	}

	/** The root links to the providers collection. */
	@Component
	static class Root implements RepresentationModelProcessor<RootModel> {

		private final ApiLinks links;

		Root(ApiLinks links) {
			this.links = links;
		}

		@Override
		public RootModel process(RootModel root) {
			return root.add(links.link(ProviderLinks.COLLECTION, PROVIDERS));
		}

	}

	/** A theme, municipality or province links to the providers for it. */
	@Component
	static class Concept implements RepresentationModelProcessor<EntityModel<ConceptDetails>> {

		private final ApiLinks links;

		Concept(ApiLinks links) {
			this.links = links;
		}

		@Override
		public EntityModel<ConceptDetails> process(EntityModel<ConceptDetails> model) {
			ConceptDetails concept = model.getContent();
			String filter = FILTERS.get(concept.type());
			if (filter != null) {
				String value = concept.notation() != null ? concept.notation() : concept.identifier();
				model.add(links.link(ProviderLinks.COLLECTION + "?" + filter + "=" + UriUtils.encodeQueryParam(value, "UTF-8"),
						PROVIDERS));
			}
			return model;
		}

	}

}
