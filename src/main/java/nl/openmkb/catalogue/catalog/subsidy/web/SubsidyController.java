package nl.openmkb.catalogue.catalog.subsidy.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.ConceptScheme;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.Terms;
import nl.openmkb.catalogue.catalog.subsidy.Subsidy;
import nl.openmkb.catalogue.catalog.subsidy.SubsidyFilter;
import nl.openmkb.catalogue.catalog.subsidy.SubsidyRepository;
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

import org.apache.jena.graph.NodeFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.hateoas.LinkRelation;
import org.springframework.hateoas.server.core.EmbeddedWrapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Subsidies and other schemes: the filtered collection and each scheme. */
@RestController
@RequestMapping(ApiLinks.BASE_PATH + SubsidyLinks.COLLECTION)
@Tag(name = "Subsidies", description = "Subsidies, tax schemes, guarantees, loans, participations, vouchers, advice and credit")
class SubsidyController {

	private final CatalogueSnapshots snapshots;

	private final SubsidyRepository subsidies;

	private final SubsidyModelAssembler assembler;

	SubsidyController(CatalogueSnapshots snapshots, SubsidyRepository subsidies, SubsidyModelAssembler assembler) {
		this.snapshots = snapshots;
		this.subsidies = subsidies;
		this.assembler = assembler;
	}

	@GetMapping(produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE,
			ApiMediaTypes.N_TRIPLES, ApiMediaTypes.CSV })
	@ApiCollection(relation = "subsidies", item = SubsidySummary.class)
	@Operation(summary = "List subsidies and other schemes",
			description = "Schemes that match every filter given, ordered by Dutch title and then identifier. "
					+ "Values within one filter are alternatives; filters combine.")
	CataloguePage<EmbeddedWrapper> subsidies(@RequestParam(required = false) @Nullable List<String> theme,
			@RequestParam(required = false) @Nullable List<String> event,
			@RequestParam(required = false) @Nullable List<String> audience,
			@RequestParam(required = false) @Nullable String sbi,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable String province,
			@RequestParam(required = false) @Nullable List<String> status,
			@RequestParam(required = false) @Nullable List<String> kind,
			@RequestParam(required = false) @Nullable List<String> provider,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String modifiedSince, PageRequest page, Language lang) {
		CatalogueSnapshot snapshot = snapshots.current();
		QueryParameters parameters = new QueryParameters(snapshot);
		var filter = new SubsidyFilter(parameters.entryFilter(theme, event, audience, q, modifiedSince),
				parameters.sbi("sbi", sbi), parameters.municipality("municipality", municipality),
				parameters.province("province", province), parameters.concepts("status", status, ConceptScheme.STATUSES),
				parameters.concepts("kind", kind, ConceptScheme.SCHEME_KINDS),
				parameters.resources("provider", provider, "provider", iri -> isProvider(snapshot, iri)));
		parameters.check();
		List<Subsidy> found = subsidies.find(snapshot, filter);
		return Pages.of(found, page, LinkRelation.of("subsidies"), s -> assembler.toSummary(snapshot, s, lang),
				items -> snapshot.describe(items.stream().map(s -> s.entry().iri()).toList()),
				items -> SubsidyModelAssembler.csv(snapshot, items, lang));
	}

	@GetMapping(path = "/{id}", produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON,
			ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES })
	@ApiResource(SubsidyDetails.class)
	@Operation(summary = "Get one scheme",
			description = "The scheme with links to its competent authorities, legal basis, themes, audiences, events, sectors and areas.")
	ResourceModel<SubsidyDetails> subsidy(@PathVariable String id, Language lang) {
		CatalogueSnapshot snapshot = snapshots.current();
		Subsidy subsidy = subsidies.find(snapshot, id).orElseThrow(() -> new ResourceNotFoundException("scheme", id));
		return assembler.toModel(snapshot, subsidy, lang);
	}

	private static boolean isProvider(CatalogueSnapshot snapshot, String iri) {
		var node = NodeFactory.createURI(iri);
		return snapshot.hasType(node, Terms.PUBLIC_ORGANISATION) || snapshot.hasType(node, Terms.ORGANIZATION);
	}

}
