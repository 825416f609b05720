package nl.openmkb.catalogue.web;

import org.springframework.hateoas.LinkRelation;
import org.springframework.hateoas.server.RepresentationModelProcessor;

/** Adds a link from the API root to one feature's collection; each feature declares one as a component. */
public abstract class RootCollectionLink implements RepresentationModelProcessor<RootModel> {

	private final ApiLinks links;

	private final String collection;

	private final LinkRelation relation;

	protected RootCollectionLink(ApiLinks links, String collection, String relation) {
		this.links = links;
		this.collection = collection;
		this.relation = LinkRelation.of(relation);
	}

	@Override
	public RootModel process(RootModel root) {
		return root.add(links.link(collection, relation));
	}

}
