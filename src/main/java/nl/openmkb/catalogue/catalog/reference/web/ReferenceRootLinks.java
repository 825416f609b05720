package nl.openmkb.catalogue.catalog.reference.web;

import nl.openmkb.catalogue.catalog.reference.ReferenceList;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.RootModel;

import org.springframework.hateoas.LinkRelation;
import org.springframework.hateoas.server.RepresentationModelProcessor;
import org.springframework.stereotype.Component;

/** Adds a link to every reference list to the API root. */
@Component
class ReferenceRootLinks implements RepresentationModelProcessor<RootModel> {

	private final ApiLinks links;

	ReferenceRootLinks(ApiLinks links) {
		this.links = links;
	}

	@Override
	public RootModel process(RootModel root) {
		for (ReferenceList list : ReferenceList.values()) {
			root.add(links.link(ReferenceLinks.collection(list), LinkRelation.of(ReferenceLinks.relation(list))));
		}
		return root;
	}

}
