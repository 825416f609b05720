package nl.openmkb.catalogue.linkeddata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.search.SearchDocument;
import nl.openmkb.catalogue.catalog.search.SearchFilter;
import nl.openmkb.catalogue.catalog.search.SearchIndex;
import nl.openmkb.catalogue.catalog.search.SearchRepository;
import nl.openmkb.catalogue.catalog.search.Snippet;
import nl.openmkb.catalogue.catalog.search.Snippets;
import nl.openmkb.catalogue.catalog.search.web.SearchText;
import nl.openmkb.catalogue.web.InvalidParametersException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Full-text search as an HTML page at {@code /zoeken?q=…}: the first results of {@code /api/v1/search}, each linking
 * to its page, with the matching words marked. Input the API refuses is shown with its reason and a 400.
 */
@Controller
class SearchPageController {

	private static final Logger log = LoggerFactory.getLogger(SearchPageController.class);

	/** How many results the page shows; the API pages through all of them. */
	static final int RESULTS = 25;

	/** One result on the page. */
	record Result(String type, String title, String href, List<Piece> snippet) {
	}

	/** A stretch of a snippet, marked when it matched. */
	record Piece(String text, boolean marked) {
	}

	private final CatalogueSnapshots snapshots;

	private final SearchRepository search;

	private final Pages pages;

	SearchPageController(CatalogueSnapshots snapshots, SearchRepository search, Pages pages) {
		this.snapshots = snapshots;
		this.search = search;
		this.pages = pages;
	}

	@GetMapping("/zoeken")
	ResponseEntity<byte[]> search(@RequestParam(required = false) @Nullable String q, HttpServletRequest request) {
		Language language = Pages.language(request);
		Map<String, Object> variables = new HashMap<>();
		variables.put("q", q == null ? "" : q);
		if (q == null) {
			return pages.page("search", language, request, variables, null);
		}
		CatalogueSnapshot snapshot = snapshots.current();
		try {
			String text = SearchText.check(q);
			List<SearchIndex.Scored> found = search.search(snapshot, text, SearchFilter.none());
			SearchIndex index = search.index(snapshot);
			Set<String> terms = SearchIndex.queryTerms(text);
			List<Result> results = found.stream().limit(RESULTS).map(s -> result(snapshot, index, s.document(), terms,
					language)).toList();
			variables.put("results", results);
			variables.put("total", found.size());
			variables.put("api", AskPageController.apiLink("/api/v1/search", "q", text, "lang", language.tag()));
			return pages.page("search", language, request, variables, null);
		}
		catch (InvalidParametersException ex) {
			log.info("GET {} answered 400: {}", request.getRequestURI(), ex.getMessage());
			variables.put("errors", ex.invalidParams().stream().map(AskPageController::readable).toList());
			return pages.respond(HttpStatus.BAD_REQUEST, pages.render("search", language, request, variables), language,
					null);
		}
	}

	private static Result result(CatalogueSnapshot snapshot, SearchIndex index, SearchDocument document,
			Set<String> terms, Language language) {
		String href = AskPageController.docPath(snapshot, document.iri());
		String type = href.startsWith("/doc/") ? href.substring(5, href.indexOf('/', 5)) : "";
		return new Result(type, document.title().in(language, document.identifier()), href,
				pieces(Snippets.best(index, document, language, terms)));
	}

	static List<Piece> pieces(Snippet snippet) {
		List<Piece> pieces = new ArrayList<>();
		String text = snippet.text();
		int at = 0;
		for (Snippet.Highlight h : snippet.highlights()) {
			int start = Math.max(at, Math.min(h.start(), text.length()));
			int end = Math.max(start, Math.min(h.end(), text.length()));
			if (start > at) {
				pieces.add(new Piece(text.substring(at, start), false));
			}
			if (end > start) {
				pieces.add(new Piece(text.substring(start, end), true));
			}
			at = end;
		}
		if (at < text.length()) {
			pieces.add(new Piece(text.substring(at), false));
		}
		return pieces;
	}

}
