package nl.openmkb.catalogue.linkeddata;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;

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
 * {@code /.well-known/void}, in every RDF format (Turtle unless asked otherwise), with ETags per generation.
 */
@Controller
class DescriptionController {

	private final CatalogueSnapshots snapshots;

	private final DcatCatalogue catalogue;

	private final VoidDescription voidDescription;

	DescriptionController(CatalogueSnapshots snapshots, DcatCatalogue catalogue, VoidDescription voidDescription) {
		this.snapshots = snapshots;
		this.catalogue = catalogue;
		this.voidDescription = voidDescription;
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

	private static ResponseEntity<byte[]> describe(String name, Graph graph, CatalogueSnapshot snapshot,
			@Nullable String format, @Nullable String accept, HttpServletRequest request) {
		List<Variant> offers = Variant.rdfOnly();
		RdfFormat rdf = java.util.Objects.requireNonNull(Variant.negotiate(accept, format, offers).rdf());
		String etag = "\"" + name + "-" + snapshot.generation() + "-" + rdf.key() + "\"";
		if (Pages.notModified(request, etag)) {
			return RdfResponses.notModified(etag);
		}
		String path = request.getRequestURI();
		return RdfResponses.ok(RdfResponses.write(graph, rdf), rdf, etag,
				RdfResponses.alternates(path, offers, new Variant(rdf)));
	}

}
