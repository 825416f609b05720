package nl.openmkb.catalogue.catalog.reference.web;

import java.util.Map;
import java.util.Set;

import nl.openmkb.catalogue.web.ApiLinks;

import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.LinkRelation;
import org.springframework.hateoas.server.RepresentationModelProcessor;
import org.springframework.web.util.UriUtils;

/**
 * Adds a link from a concept (theme, event, audience, SBI code, region, status, kind) to one feature's collection
 * filtered by that concept, so features link to each other without knowing each other.
 */
public abstract class ConceptFilterLinks implements RepresentationModelProcessor<EntityModel<ConceptDetails>> {

	/** Filters whose values are official codes (the concept's notation, e.g. GM0344) rather than slugs. */
	private static final Set<String> CODE_FILTERS = Set.of("sbi", "municipality", "province");

	private final ApiLinks links;

	private final String collection;

	private final LinkRelation relation;

	private final Map<String, String> filterByConceptType;

	/**
	 * @param collection path of the collection, e.g. {@code /subsidies}
	 * @param relation the link relation, e.g. {@code subsidies}
	 * @param filterByConceptType which filter parameter finds the items of a concept, by concept type
	 */
	protected ConceptFilterLinks(ApiLinks links, String collection, String relation, Map<String, String> filterByConceptType) {
		this.links = links;
		this.collection = collection;
		this.relation = LinkRelation.of(relation);
		this.filterByConceptType = Map.copyOf(filterByConceptType);
	}

	@Override
	public EntityModel<ConceptDetails> process(EntityModel<ConceptDetails> model) {
		ConceptDetails concept = model.getContent();
		String filter = filterByConceptType.get(concept.type());
		if (filter != null) {
			String value = CODE_FILTERS.contains(filter) && concept.notation() != null ? concept.notation()
					: concept.identifier();
			model.add(links.link(collection + "?" + filter + "=" + UriUtils.encodeQueryParam(value, "UTF-8"), relation));
		}
		return model;
	}

}
