package nl.openmkb.catalogue.linkeddata;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.Language;

import org.apache.jena.graph.Graph;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Dereferenceable identifiers: {@code /id/{type}/{slug}} answers 303 See Other to {@code /doc/{type}/{slug}}, which
 * describes the resource as an HTML page or as RDF (Turtle, JSON-LD, N-Triples, RDF/XML) by {@code Accept} or
 * {@code ?format=}; {@code /doc/{type}} lists the resources of a type.
 */
@Controller
class LinkedDataController {

	private final CatalogueSnapshots snapshots;

	private final ResourcePages resourcePages;

	private final Pages pages;

	LinkedDataController(CatalogueSnapshots snapshots, ResourcePages resourcePages, Pages pages) {
		this.snapshots = snapshots;
		this.resourcePages = resourcePages;
		this.pages = pages;
	}

	@GetMapping("/id/{type}/{slug}")
	ResponseEntity<Void> identify(@PathVariable String type, @PathVariable String slug, HttpServletRequest request) {
		entry(snapshots.current(), type, slug);
		String query = request.getQueryString();
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, "/doc/" + type + "/" + slug + (query == null ? "" : "?" + query))
			.header(HttpHeaders.CACHE_CONTROL, "max-age=86400")
			.build();
	}

	@GetMapping("/doc/{type}/{slug}")
	ResponseEntity<byte[]> describe(@PathVariable String type, @PathVariable String slug,
			@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept, HttpServletRequest request) {
		List<Variant> offers = Variant.all();
		Variant variant = Variant.negotiate(accept, format, offers);
		CatalogueSnapshot snapshot = snapshots.current();
		ResourceIndex.Entry entry = entry(snapshot, type, slug);
		Language language = Pages.language(request);
		String path = entry.path();
		String etag = "\"doc-" + snapshot.generation() + "-" + variant.key() + (variant.isHtml() ? "-" + language.tag() : "") + "\"";
		if (Pages.notModified(request, etag)) {
			return RdfResponses.notModified(etag);
		}
		String links = RdfResponses.alternates(path, offers, variant);
		RdfFormat rdf = variant.rdf();
		if (rdf != null) {
			Graph description = RdfResponses.prefixed(snapshot.describe(List.of(entry.iri())));
			return RdfResponses.ok(RdfResponses.write(description, rdf), rdf, etag, links);
		}
		ResourceView view = resourcePages.view(snapshot, index(snapshot), entry, language);
		ResponseEntity<byte[]> page = pages.page("resource", language, request, Map.of("view", view,
				"alternates", Variant.rdfOnly()), etag);
		return ResponseEntity.status(page.getStatusCode()).headers(page.getHeaders()).header(HttpHeaders.LINK, links)
			.body(page.getBody());
	}

	@GetMapping("/doc/{type}")
	ResponseEntity<byte[]> list(@PathVariable String type, @RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept, HttpServletRequest request) {
		Variant.negotiate(accept, format, List.of(Variant.HTML));
		if (!ResourceTypes.isKnown(type)) {
			throw new UnknownResourceException("There is no type '" + type + "'; types are " + String.join(", ", ResourceTypes.ALL) + ".");
		}
		CatalogueSnapshot snapshot = snapshots.current();
		Language language = Pages.language(request);
		String etag = "\"list-" + snapshot.generation() + "-" + language.tag() + "\"";
		if (Pages.notModified(request, etag)) {
			return RdfResponses.notModified(etag);
		}
		List<ResourceView.Link> items = index(snapshot).ofType(type).stream()
			.map(entry -> new ResourceView.Link(entry.label(language), entry.path()))
			.toList();
		String api = ResourceTypes.apiPath(type, "x");
		return pages.page("list", language, request, Map.of("type", type, "items", items, "apiPath",
				api == null ? "" : api.substring(0, api.length() - 2)), etag);
	}

	private ResourceIndex.Entry entry(CatalogueSnapshot snapshot, String type, String slug) {
		if (!ResourceTypes.isKnown(type)) {
			throw new UnknownResourceException("There is no type '" + type + "'; types are " + String.join(", ", ResourceTypes.ALL) + ".");
		}
		ResourceIndex.Entry entry = index(snapshot).get(snapshot.iri(type, slug));
		if (entry == null) {
			throw new UnknownResourceException("There is no " + type + " '" + slug + "' in the catalogue.");
		}
		return entry;
	}

	static ResourceIndex index(CatalogueSnapshot snapshot) {
		return snapshot.derived(ResourceIndex.class, ResourceIndex::of);
	}

}
