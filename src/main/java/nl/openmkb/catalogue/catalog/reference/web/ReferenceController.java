package nl.openmkb.catalogue.catalog.reference.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.tags.Tag;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.reference.ConceptFilter;
import nl.openmkb.catalogue.catalog.reference.ConceptRepository;
import nl.openmkb.catalogue.catalog.reference.ReferenceList;
import nl.openmkb.catalogue.web.ApiCollection;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.ApiMediaTypes;
import nl.openmkb.catalogue.web.ApiResource;
import nl.openmkb.catalogue.web.CataloguePage;
import nl.openmkb.catalogue.web.InvalidParam;
import nl.openmkb.catalogue.web.InvalidParametersException;
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

/** The reference lists and their concepts. Lists are in list order: codes by code, others by Dutch label. */
@RestController
@RequestMapping(ApiLinks.BASE_PATH)
@Tag(name = "Reference lists", description = "Themes, business events, audiences, SBI codes, regions, statuses and scheme kinds")
class ReferenceController {

	private static final Set<String> LEVELS = Set.of("country", "province", "labour-market-region", "municipality");

	private final CatalogueSnapshots snapshots;

	private final ConceptRepository concepts;

	private final ConceptModelAssembler assembler;

	ReferenceController(CatalogueSnapshots snapshots, ConceptRepository concepts, ConceptModelAssembler assembler) {
		this.snapshots = snapshots;
		this.concepts = concepts;
		this.assembler = assembler;
	}

	@GetMapping(path = ReferenceLinks.THEMES, produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES, ApiMediaTypes.CSV })
	@ApiCollection(relation = "themes", item = ConceptSummary.class)
	CataloguePage<EmbeddedWrapper> themes(@RequestParam(required = false) @Nullable String q, PageRequest page, Language lang) {
		return list(ReferenceList.THEMES, q, null, null, page, lang);
	}

	@GetMapping(path = ReferenceLinks.THEMES + "/{id}", produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES })
	@ApiResource(ConceptDetails.class)
	ResourceModel<ConceptDetails> theme(@PathVariable String id, Language lang) {
		return item(ReferenceList.THEMES, id, lang);
	}

	@GetMapping(path = ReferenceLinks.EVENTS, produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES, ApiMediaTypes.CSV })
	@ApiCollection(relation = "events", item = ConceptSummary.class)
	CataloguePage<EmbeddedWrapper> events(@RequestParam(required = false) @Nullable String q, PageRequest page, Language lang) {
		return list(ReferenceList.EVENTS, q, null, null, page, lang);
	}

	@GetMapping(path = ReferenceLinks.EVENTS + "/{id}", produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES })
	@ApiResource(ConceptDetails.class)
	ResourceModel<ConceptDetails> event(@PathVariable String id, Language lang) {
		return item(ReferenceList.EVENTS, id, lang);
	}

	@GetMapping(path = ReferenceLinks.AUDIENCES, produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES, ApiMediaTypes.CSV })
	@ApiCollection(relation = "audiences", item = ConceptSummary.class)
	CataloguePage<EmbeddedWrapper> audiences(@RequestParam(required = false) @Nullable String q, PageRequest page, Language lang) {
		return list(ReferenceList.AUDIENCES, q, null, null, page, lang);
	}

	@GetMapping(path = ReferenceLinks.AUDIENCES + "/{id}", produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES })
	@ApiResource(ConceptDetails.class)
	ResourceModel<ConceptDetails> audience(@PathVariable String id, Language lang) {
		return item(ReferenceList.AUDIENCES, id, lang);
	}

	@GetMapping(path = ReferenceLinks.SBI_CODES, produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES, ApiMediaTypes.CSV })
	@ApiCollection(relation = "sbiCodes", item = ConceptSummary.class)
	CataloguePage<EmbeddedWrapper> sbiCodes(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String broader, PageRequest page, Language lang) {
		return list(ReferenceList.SBI_CODES, q, broader, null, page, lang);
	}

	@GetMapping(path = ReferenceLinks.SBI_CODES + "/{id}", produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES })
	@ApiResource(ConceptDetails.class)
	ResourceModel<ConceptDetails> sbiCode(@PathVariable String id, Language lang) {
		return item(ReferenceList.SBI_CODES, id, lang);
	}

	@GetMapping(path = ReferenceLinks.REGIONS, produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES, ApiMediaTypes.CSV })
	@ApiCollection(relation = "regions", item = ConceptSummary.class)
	CataloguePage<EmbeddedWrapper> regions(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String broader, @RequestParam(required = false) @Nullable String level,
			PageRequest page, Language lang) {
		return list(ReferenceList.REGIONS, q, broader, level, page, lang);
	}

	@GetMapping(path = ReferenceLinks.REGIONS + "/{id}", produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES })
	@ApiResource(ConceptDetails.class)
	ResourceModel<ConceptDetails> region(@PathVariable String id, Language lang) {
		return item(ReferenceList.REGIONS, id, lang);
	}

	@GetMapping(path = ReferenceLinks.STATUSES, produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES, ApiMediaTypes.CSV })
	@ApiCollection(relation = "statuses", item = ConceptSummary.class)
	CataloguePage<EmbeddedWrapper> statuses(@RequestParam(required = false) @Nullable String q, PageRequest page, Language lang) {
		return list(ReferenceList.STATUSES, q, null, null, page, lang);
	}

	@GetMapping(path = ReferenceLinks.STATUSES + "/{id}", produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES })
	@ApiResource(ConceptDetails.class)
	ResourceModel<ConceptDetails> status(@PathVariable String id, Language lang) {
		return item(ReferenceList.STATUSES, id, lang);
	}

	@GetMapping(path = ReferenceLinks.SCHEME_KINDS, produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES, ApiMediaTypes.CSV })
	@ApiCollection(relation = "schemeKinds", item = ConceptSummary.class)
	CataloguePage<EmbeddedWrapper> schemeKinds(@RequestParam(required = false) @Nullable String q, PageRequest page, Language lang) {
		return list(ReferenceList.SCHEME_KINDS, q, null, null, page, lang);
	}

	@GetMapping(path = ReferenceLinks.SCHEME_KINDS + "/{id}", produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE, ApiMediaTypes.N_TRIPLES })
	@ApiResource(ConceptDetails.class)
	ResourceModel<ConceptDetails> schemeKind(@PathVariable String id, Language lang) {
		return item(ReferenceList.SCHEME_KINDS, id, lang);
	}

	private CataloguePage<EmbeddedWrapper> list(ReferenceList list, @Nullable String q, @Nullable String broader,
			@Nullable String level, PageRequest page, Language language) {
		CatalogueSnapshot snapshot = snapshots.current();
		QueryParameters parameters = new QueryParameters(snapshot);
		var text = parameters.text("q", q);
		parameters.check();
		String broaderIri = null;
		if (broader != null && !broader.isBlank()) {
			broaderIri = concepts.find(snapshot, list, broader)
				.map(Concept::iri)
				.orElseThrow(() -> new InvalidParametersException(InvalidParam.of("broader", "unknownValue",
						"'" + broader + "' is not in this list; use an identifier or code from it.")));
		}
		if (level != null && !level.isBlank() && !LEVELS.contains(level)) {
			throw new InvalidParametersException(new InvalidParam("level", "unknownValue",
					"'" + level + "' is not a level of region.", LEVELS.stream().sorted().toList()));
		}
		List<Concept> found = concepts.list(snapshot, list, new ConceptFilter(text, broaderIri,
				level == null || level.isBlank() ? null : level));
		return Pages.of(found, page, LinkRelation.of(ReferenceLinks.relation(list)), c -> assembler.toSummary(c, list, language),
				page1 -> snapshot.describe(page1.stream().map(Concept::iri).toList()),
				page1 -> ConceptModelAssembler.csv(page1, language));
	}

	private ResourceModel<ConceptDetails> item(ReferenceList list, String id, Language language) {
		CatalogueSnapshot snapshot = snapshots.current();
		Concept concept = concepts.find(snapshot, list, id)
			.orElseThrow(() -> new ResourceNotFoundException(list.path().replace("-", " ") + " entry", id));
		return assembler.toModel(snapshot, concept, list, language);
	}

}
