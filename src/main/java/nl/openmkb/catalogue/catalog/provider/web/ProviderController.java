package nl.openmkb.catalogue.catalog.provider.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.provider.Provider;
import nl.openmkb.catalogue.catalog.provider.ProviderFilter;
import nl.openmkb.catalogue.catalog.provider.ProviderRepository;
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

/** Providers: the filtered collection and each provider. */
@RestController
@RequestMapping(ApiLinks.BASE_PATH + ProviderLinks.COLLECTION)
@Tag(name = "Providers", description = "Organisations entrepreneurs can turn to, with their channels and the area they serve")
class ProviderController {

	private final CatalogueSnapshots snapshots;

	private final ProviderRepository providers;

	private final ProviderModelAssembler assembler;

	ProviderController(CatalogueSnapshots snapshots, ProviderRepository providers, ProviderModelAssembler assembler) {
		this.snapshots = snapshots;
		this.providers = providers;
		this.assembler = assembler;
	}

	@GetMapping(produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE,
			ApiMediaTypes.N_TRIPLES, ApiMediaTypes.CSV })
	@ApiCollection(relation = "providers", item = ProviderSummary.class)
	@Operation(summary = "List providers",
			description = "Providers that match every filter given, ordered by Dutch name and then identifier. "
					+ "With municipality: those serving that municipality, its province, its labour-market region(s) or the whole country.")
	CataloguePage<EmbeddedWrapper> providers(@RequestParam(required = false) @Nullable List<String> theme,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable String province,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String modifiedSince, PageRequest page, Language lang) {
		CatalogueSnapshot snapshot = snapshots.current();
		QueryParameters parameters = new QueryParameters(snapshot);
		var filter = new ProviderFilter(parameters.entryFilter(theme, null, null, q, modifiedSince),
				parameters.municipality("municipality", municipality), parameters.province("province", province));
		parameters.check();
		List<Provider> found = providers.find(snapshot, filter);
		return Pages.of(found, page, LinkRelation.of("providers"), p -> assembler.toSummary(snapshot, p, lang),
				items -> snapshot.describe(items.stream().map(p -> p.entry().iri()).toList()),
				items -> ProviderModelAssembler.csv(snapshot, items, lang));
	}

	@GetMapping(path = "/{id}", produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON,
			ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES })
	@ApiResource(ProviderDetails.class)
	@Operation(summary = "Get one provider",
			description = "The provider with its channels, links to its themes, areas, the providers it refers to and its schemes.")
	ResourceModel<ProviderDetails> provider(@PathVariable String id, Language lang) {
		CatalogueSnapshot snapshot = snapshots.current();
		Provider provider = providers.find(snapshot, id).orElseThrow(() -> new ResourceNotFoundException("provider", id));
		return assembler.toModel(snapshot, provider, lang);
	}

}
