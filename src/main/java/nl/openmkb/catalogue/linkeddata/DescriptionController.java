package nl.openmkb.catalogue.linkeddata;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.Language;

import org.apache.jena.graph.Graph;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The descriptions of the dataset as a whole: the DCAT-AP catalogue at {@code /catalog} and the VoID description at
 * {@code /.well-known/void}, in every RDF format (Turtle unless asked otherwise) and, for browsers, as a page showing
 * the Turtle, with ETags per generation.
 */
@Controller
class DescriptionController {

	private final CatalogueSnapshots snapshots;

	private final DcatCatalogue catalogue;

	private final VoidDescription voidDescription;

	private final Pages pages;

	DescriptionController(CatalogueSnapshots snapshots, DcatCatalogue catalogue, VoidDescription voidDescription,
			Pages pages) {
		this.snapshots = snapshots;
		this.catalogue = catalogue;
		this.voidDescription = voidDescription;
		this.pages = pages;
	}

	@GetMapping("/catalog")
	ResponseEntity<byte[]> catalog(@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept, HttpServletRequest request) {
		CatalogueSnapshot snapshot = snapshots.current();
		return describe("catalog", catalogue.of(snapshot), snapshot, format, accept, request);
	}

	@GetMapping("/.well-known/void")
	ResponseEntity<byte[]> voidDescription(@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept, HttpServletRequest request) {
		CatalogueSnapshot snapshot = snapshots.current();
		return describe("void", voidDescription.of(snapshot), snapshot, format, accept, request);
	}

	/**
	 * Turtle first, so harvesters that send {@code *}{@code /*} or nothing get RDF; HTML (the Turtle shown on a page)
	 * only for clients that rank it above Turtle, such as browsers.
	 */
	private ResponseEntity<byte[]> describe(String name, Graph graph, CatalogueSnapshot snapshot,
			@Nullable String format, @Nullable String accept, HttpServletRequest request) {
		List<Variant> offers = new java.util.ArrayList<>(Variant.rdfOnly());
		offers.add(Variant.HTML);
		Variant variant = Variant.negotiate(accept, format, offers);
		Language language = Pages.language(request);
		String etag = "\"" + name + "-" + snapshot.generation() + "-" + variant.key()
				+ (variant.isHtml() ? "-" + language.tag() : "") + "\"";
		if (Pages.notModified(request, etag)) {
			return RdfResponses.notModified(etag);
		}
		String path = request.getRequestURI();
		String links = RdfResponses.alternates(path, offers, variant);
		RdfFormat rdf = variant.rdf();
		if (rdf != null) {
			return RdfResponses.ok(RdfResponses.write(graph, rdf), rdf, etag, links);
		}
		String turtle = new String(RdfResponses.write(graph, RdfFormat.TURTLE), java.nio.charset.StandardCharsets.UTF_8);
		ResponseEntity<byte[]> page = pages.page("description", language, request,
				java.util.Map.of("name", name, "turtle", turtle, "alternates", Variant.rdfOnly()), etag);
		return ResponseEntity.status(page.getStatusCode()).headers(page.getHeaders()).header(HttpHeaders.LINK, links)
			.body(page.getBody());
	}

}
