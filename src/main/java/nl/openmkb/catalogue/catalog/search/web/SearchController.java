package nl.openmkb.catalogue.catalog.search.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.ConceptScheme;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.search.SearchDocument;
import nl.openmkb.catalogue.catalog.search.SearchFilter;
import nl.openmkb.catalogue.catalog.search.SearchIndex;
import nl.openmkb.catalogue.catalog.search.SearchRepository;
import nl.openmkb.catalogue.catalog.search.SearchType;
import nl.openmkb.catalogue.catalog.search.Snippets;
import nl.openmkb.catalogue.web.ApiCollection;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.ApiMediaTypes;
import nl.openmkb.catalogue.web.CataloguePage;
import nl.openmkb.catalogue.web.CsvTable;
import nl.openmkb.catalogue.web.InvalidParam;
import nl.openmkb.catalogue.web.InvalidParametersException;
import nl.openmkb.catalogue.web.PageRequest;
import nl.openmkb.catalogue.web.Pages;
import nl.openmkb.catalogue.web.QueryParameters;
import nl.openmkb.catalogue.web.RootCollectionLink;

import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.LinkRelation;
import org.springframework.hateoas.server.core.EmbeddedWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search across the catalogue, ranked and highlighted, with the collections' filters and paging. */
@RestController
@RequestMapping(ApiLinks.BASE_PATH + SearchController.PATH)
@Tag(name = "Search and referral")
class SearchController {

	static final String PATH = "/search";

	private final CatalogueSnapshots snapshots;

	private final SearchRepository search;

	private final ApiLinks links;

	SearchController(CatalogueSnapshots snapshots, SearchRepository search, ApiLinks links) {
		this.snapshots = snapshots;
		this.search = search;
		this.links = links;
	}

	@GetMapping(produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON })
	@ApiCollection(relation = "results", item = SearchHit.class)
	@Operation(summary = "Search the catalogue",
			description = "Schemes, regulations, guides (with their steps), providers, themes, events, audiences and SBI "
					+ "codes whose text matches q, best first. Words are matched in Dutch: case, accents and word forms "
					+ "do not matter (subsidies finds subsidie, verduurzamen finds verduurzaming), and a word of four "
					+ "letters or more also finds longer words starting with it (energie finds energiebesparing). "
					+ "A word in the title counts most. Every word must match; when nothing matches every word, items "
					+ "matching some of them are returned. q is required (1 to 200 characters here). Titles and "
					+ "snippets are plain text with highlight offsets, never markup. Filters have the meaning they have "
					+ "on the collections; sbi and status keep only schemes, municipality and province match schemes "
					+ "and providers by area, and theme, event, audience and modifiedSince keep only catalogue items.")
	CataloguePage<EmbeddedWrapper> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Parameter(description = "Only these types: subsidy, regulation, guide, "
					+ "provider, theme, event, audience, sbi-code. Repeat or separate with commas.") @Nullable List<String> type,
			@RequestParam(required = false) @Nullable List<String> theme,
			@RequestParam(required = false) @Nullable List<String> event,
			@RequestParam(required = false) @Nullable List<String> audience,
			@RequestParam(required = false) @Nullable String sbi,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable String province,
			@RequestParam(required = false) @Nullable List<String> status,
			@RequestParam(required = false) @Nullable String modifiedSince, PageRequest page, Language lang) {
		CatalogueSnapshot snapshot = snapshots.current();
		String text = SearchText.check(q);
		QueryParameters parameters = new QueryParameters(snapshot);
		var filter = new SearchFilter(types(type), parameters.entryFilter(theme, event, audience, null, modifiedSince),
				parameters.sbi("sbi", sbi), parameters.municipality("municipality", municipality),
				parameters.province("province", province), parameters.concepts("status", status, ConceptScheme.STATUSES));
		parameters.check();
		Set<String> terms = SearchIndex.queryTerms(text);
		List<SearchIndex.Scored> found = search.search(snapshot, text, filter);
		SearchIndex index = search.index(snapshot);
		return Pages.of(found, page, LinkRelation.of("results"), s -> model(index, s, terms, lang),
				items -> GraphFactory.createDefaultGraph(), items -> new CsvTable(List.of(), List.of()));
	}

	private EntityModel<SearchHit> model(SearchIndex index, SearchIndex.Scored scored, Set<String> terms, Language lang) {
		SearchDocument document = scored.document();
		String title = document.title().in(lang, document.identifier());
		var hit = new SearchHit(document.iri(), document.type().identifier(), document.identifier(), title,
				Snippets.whole(index, title, terms).highlights(), Snippets.best(index, document, lang, terms),
				Math.round(scored.score() * 1000) / 1000.0);
		List<Link> all = new ArrayList<>();
		String href = links.hrefOf(document.iri());
		if (href != null) {
			all.add(Link.of(href, IanaLinkRelations.SELF));
		}
		return EntityModel.of(hit, all);
	}

	private static Set<SearchType> types(@Nullable List<String> values) {
		Set<SearchType> types = new LinkedHashSet<>();
		List<InvalidParam> errors = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				if (value.isBlank()) {
					continue;
				}
				SearchType.of(value).ifPresentOrElse(types::add, () -> errors.add(new InvalidParam("type", "unknownValue",
						"'" + value + "' is not a type search knows; use one of allowedValues.", SearchType.identifiers())));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidParametersException(errors);
		}
		return types;
	}

	/** The root links to search. */
	@Component
	static class Root extends RootCollectionLink {

		Root(ApiLinks links) {
			super(links, PATH, "search");
		}

	}

}
