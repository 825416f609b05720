package nl.openmkb.catalogue.catalog.guide.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.EntryFilter;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.guide.Guide;
import nl.openmkb.catalogue.catalog.guide.GuideRepository;
import nl.openmkb.catalogue.catalog.guide.GuideStep;
import nl.openmkb.catalogue.web.ApiCollection;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.ApiMediaTypes;
import nl.openmkb.catalogue.web.ApiResource;
import nl.openmkb.catalogue.web.CataloguePage;
import nl.openmkb.catalogue.web.PageRequest;
import nl.openmkb.catalogue.web.Pages;
import nl.openmkb.catalogue.web.QueryParameters;
import nl.openmkb.catalogue.web.ResourceModel;
import nl.openmkb.catalogue.web.ResourceNotFoundException;

import org.jspecify.annotations.Nullable;
import org.springframework.hateoas.LinkRelation;
import org.springframework.hateoas.server.core.EmbeddedWrapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Transition guides: the filtered collection, each guide with its steps, and each step. */
@RestController
@RequestMapping(ApiLinks.BASE_PATH + GuideLinks.COLLECTION)
@Tag(name = "Guides", description = "Step-by-step transition guides whose steps link to schemes, regulations and providers")
class GuideController {

	private final CatalogueSnapshots snapshots;

	private final GuideRepository guides;

	private final GuideModelAssembler assembler;

	GuideController(CatalogueSnapshots snapshots, GuideRepository guides, GuideModelAssembler assembler) {
		this.snapshots = snapshots;
		this.guides = guides;
		this.assembler = assembler;
	}

	@GetMapping(produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE,
			ApiMediaTypes.N_TRIPLES, ApiMediaTypes.CSV })
	@ApiCollection(relation = "guides", item = GuideSummary.class)
	@Operation(summary = "List guides", description = "Guides that match every filter given, ordered by Dutch title and then identifier.")
	CataloguePage<EmbeddedWrapper> guides(@RequestParam(required = false) @Nullable List<String> theme,
			@RequestParam(required = false) @Nullable List<String> event,
			@RequestParam(required = false) @Nullable List<String> audience,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String modifiedSince, PageRequest page, Language lang) {
		CatalogueSnapshot snapshot = snapshots.current();
		QueryParameters parameters = new QueryParameters(snapshot);
		EntryFilter filter = parameters.entryFilter(theme, event, audience, q, modifiedSince);
		parameters.check();
		List<Guide> found = guides.find(snapshot, filter);
		return Pages.of(found, page, LinkRelation.of("guides"), g -> assembler.toSummary(snapshot, g, lang),
				items -> snapshot.describe(items.stream().map(g -> g.entry().iri()).toList()),
				items -> GuideModelAssembler.csv(snapshot, items, lang));
	}

	@GetMapping(path = "/{id}", produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON,
			ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES })
	@ApiResource(value = GuideDetails.class, embeddedRelation = "steps", embeddedItem = StepDetails.class)
	@Operation(summary = "Get one guide", description = "The guide with its steps embedded in order; each step links to the schemes, regulations and providers that help.")
	ResourceModel<GuideDetails> guide(@PathVariable String id, Language lang) {
		CatalogueSnapshot snapshot = snapshots.current();
		return assembler.toModel(snapshot, guide(snapshot, id), lang);
	}

	@GetMapping(path = "/{id}/steps/{position}", produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON,
			ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES })
	@ApiResource(StepDetails.class)
	@Operation(summary = "Get one step of a guide", description = "The step with links to its guide and to the schemes, regulations and providers that help with it.")
	ResourceModel<StepDetails> guideStep(@PathVariable String id, @PathVariable String position, Language lang) {
		CatalogueSnapshot snapshot = snapshots.current();
		Guide guide = guide(snapshot, id);
		GuideStep step = parse(position).flatMap(guide::step)
			.orElseThrow(() -> new ResourceNotFoundException("step in guide " + id, position));
		return assembler.toStepResource(snapshot, guide, step, lang);
	}

	private Guide guide(CatalogueSnapshot snapshot, String id) {
		return guides.find(snapshot, id).orElseThrow(() -> new ResourceNotFoundException("guide", id));
	}

	private static java.util.Optional<Integer> parse(String position) {
		return position.matches("[1-9][0-9]{0,3}") ? java.util.Optional.of(Integer.parseInt(position))
				: java.util.Optional.empty();
	}

}
