package nl.openmkb.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.LinkRelation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The root of the API: a HAL document linking to everything else. */
@RestController
@Tag(name = "API")
class RootController {

	private final ApiLinks links;

	RootController(ApiLinks links) {
		this.links = links;
	}

	@GetMapping(path = ApiLinks.BASE_PATH, produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON })
	@Operation(summary = "The API root", description = "Links to every collection, this API's OpenAPI document and its documentation.")
	RootModel root() {
		RootModel root = new RootModel();
		root.add(links.link("", IanaLinkRelations.SELF));
		root.add(links.link(OpenApiDocument.PATH, LinkRelation.of("service-desc"))
			.withType("application/vnd.oai.openapi+json;version=3.1"));
		String ui = ServletUriComponentsBuilder.fromCurrentContextPath().path(OpenApiDocument.UI_PATH).toUriString();
		root.add(Link.of(ui, LinkRelation.of("service-doc")).withType("text/html"));
		return root;
	}

}
