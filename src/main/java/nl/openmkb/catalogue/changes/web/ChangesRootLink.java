package nl.openmkb.catalogue.changes.web;

import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.RootCollectionLink;

import org.springframework.stereotype.Component;

/** The API root links to the change list. */
@Component
class ChangesRootLink extends RootCollectionLink {

	ChangesRootLink(ApiLinks links) {
		super(links, ChangesController.PATH, "changes");
	}

}
