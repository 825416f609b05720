package nl.openmkb.catalogue.catalog.regulation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.EntryFilter;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.regulation.Regulation;
import nl.openmkb.catalogue.catalog.regulation.RegulationRepository;
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

/** Regulations: the filtered collection and each regulation. */
@RestController
@RequestMapping(ApiLinks.BASE_PATH + RegulationLinks.COLLECTION)
@Tag(name = "Regulations", description = "Laws and rules from the BWB that entrepreneurs must know")
class RegulationController {

	private final CatalogueSnapshots snapshots;

	private final RegulationRepository regulations;

	private final RegulationModelAssembler assembler;

	RegulationController(CatalogueSnapshots snapshots, RegulationRepository regulations,
			RegulationModelAssembler assembler) {
		this.snapshots = snapshots;
		this.regulations = regulations;
		this.assembler = assembler;
	}

	@GetMapping(produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE,
			ApiMediaTypes.N_TRIPLES, ApiMediaTypes.CSV })
	@ApiCollection(relation = "regulations", item = RegulationSummary.class)
	@Operation(summary = "List regulations",
			description = "Regulations that match every filter given, ordered by Dutch title and then identifier.")
	CataloguePage<EmbeddedWrapper> regulations(@RequestParam(required = false) @Nullable List<String> theme,
			@RequestParam(required = false) @Nullable List<String> event,
			@RequestParam(required = false) @Nullable List<String> audience,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String modifiedSince, PageRequest page, Language lang) {
		CatalogueSnapshot snapshot = snapshots.current();
		QueryParameters parameters = new QueryParameters(snapshot);
		EntryFilter filter = parameters.entryFilter(theme, event, audience, q, modifiedSince);
		parameters.check();
		List<Regulation> found = regulations.find(snapshot, filter);
		return Pages.of(found, page, LinkRelation.of("regulations"), r -> assembler.toSummary(snapshot, r, lang),
				items -> snapshot.describe(items.stream().map(r -> r.entry().iri()).toList()),
				items -> RegulationModelAssembler.csv(snapshot, items, lang));
	}

	@GetMapping(path = "/{id}", produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON,
			ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES })
	@ApiResource(RegulationDetails.class)
	@Operation(summary = "Get one regulation", description = "The regulation, identified by its BWB id, with links to its themes, audiences and events.")
	ResourceModel<RegulationDetails> regulation(@PathVariable String id, Language lang) {
		CatalogueSnapshot snapshot = snapshots.current();
		Regulation regulation = regulations.find(snapshot, id)
			.orElseThrow(() -> new ResourceNotFoundException("regulation", id));
		return assembler.toModel(snapshot, regulation, lang);
	}

}
