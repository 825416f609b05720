package nl.openmkb.catalogue.catalog.subsidy.web;

import java.util.Map;

import nl.openmkb.catalogue.catalog.reference.web.ConceptFilterLinks;
import nl.openmkb.catalogue.catalog.provider.web.ProviderDetails;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.RootCollectionLink;

import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.LinkRelation;
import org.springframework.hateoas.server.RepresentationModelProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Links from other resources to the schemes that concern them, added without those features knowing this one. */
final class SubsidyModelProcessors {

	private static final LinkRelation SUBSIDIES = LinkRelation.of("subsidies");

	/** Which filter finds the schemes of a concept, by concept type. */
	private static final Map<String, String> FILTERS = Map.of("theme", "theme", "event", "event", "audience",
			"audience", "sbi", "sbi", "municipality", "municipality", "province", "province", "status", "status",
			"scheme-kind", "kind");

	private SubsidyModelProcessors() {
	}

	/** The root links to the subsidies collection. */
	@Component
	static class Root extends RootCollectionLink {

		Root(ApiLinks links) {
			super(links, SubsidyLinks.COLLECTION, "subsidies");
		}

	}

	/** A provider links to the schemes it is the competent authority for. */
	@Component
	static class Provider implements RepresentationModelProcessor<EntityModel<ProviderDetails>> {

		private final ApiLinks links;

		Provider(ApiLinks links) {
			this.links = links;
		}

		@Override
		public EntityModel<ProviderDetails> process(EntityModel<ProviderDetails> model) {
			String identifier = model.getContent().identifier();
			return model.add(links.link(SubsidyLinks.COLLECTION + "?provider=" + encode(identifier), SUBSIDIES));
		}

	}

	/** A theme, event, audience, SBI code, region, status or kind links to the schemes filtered by it. */
	@Component
	static class Concept extends ConceptFilterLinks {

		Concept(ApiLinks links) {
			super(links, SubsidyLinks.COLLECTION, "subsidies", FILTERS);
		}

	}

	private static String encode(String value) {
		return UriUtils.encodeQueryParam(value, "UTF-8");
	}

}
