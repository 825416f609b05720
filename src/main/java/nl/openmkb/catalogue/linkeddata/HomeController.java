package nl.openmkb.catalogue.linkeddata;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.referral.web.AskForm;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page at {@code /}: what the service is, in one screen, with the content to browse and the ways in for
 * developers (REST API, SPARQL, downloads, catalogue, vocabulary), the question form ({@code /vraag}, no script
 * needed) and for websites the embed code generator (the page's only script; without it the section links to
 * {@code /embed/v1/}).
 */
@Controller
class HomeController {

	private final CatalogueSnapshots snapshots;

	private final Pages pages;

	HomeController(CatalogueSnapshots snapshots, Pages pages) {
		this.snapshots = snapshots;
		this.pages = pages;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> home(@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept, HttpServletRequest request) {
		Variant.negotiate(accept, format, List.of(Variant.HTML));
		CatalogueSnapshot snapshot = snapshots.current();
		Language language = Pages.language(request);
		String etag = "\"home-" + snapshot.generation() + "-" + language.tag() + "\"";
		if (Pages.notModified(request, etag)) {
			return RdfResponses.notModified(etag);
		}
		Map<String, Integer> counts = LinkedDataController.index(snapshot).counts();
		List<String> references = ResourceTypes.ALL.stream().filter(t -> !ResourceTypes.CONTENT.contains(t)).toList();
		String html = pages.render("home", language, request, Map.of("content", ResourceTypes.CONTENT, "references",
				references, "counts", counts, "form", AskForm.empty(snapshot, language)));
		// The one page with scripts of ours: the embed code generator (the page reads fine without it).
		return pages.respond(HttpStatus.OK, html, language, etag, Pages.SCRIPTED_CONTENT_SECURITY_POLICY);
	}

}
