package nl.openmkb.catalogue.changes.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.changes.ChangeLog;
import nl.openmkb.catalogue.store.MemberVersion;
import nl.openmkb.catalogue.system.CatalogueProperties;
import nl.openmkb.catalogue.web.ResourceNotFoundException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Linked Data Event Stream at {@code /ldes/catalogue}: the stream description, pages of
 * {@value ChangeLog#PAGE_SIZE} members at {@code /ldes/catalogue/pages/{n}} (from 0), and each member at
 * {@code /ldes/catalogue/versions/{sequence}}. Full pages and members never change: they are served
 * {@code immutable} with a year's max-age; the description and the newest page are short-lived. Turtle (default),
 * JSON-LD and N-Triples.
 */
@RestController
class EventStreamController {

	static final String PATH = "/ldes/catalogue";

	private static final String[] PRODUCES = { "text/turtle", "application/ld+json", "application/n-triples" };

	private static final CacheControl IMMUTABLE = CacheControl.maxAge(java.time.Duration.ofDays(365))
		.cachePublic()
		.immutable();

	private static final CacheControl SHORT = CacheControl.maxAge(java.time.Duration.ofSeconds(StreamDocuments.POLLING_INTERVAL))
		.cachePublic();

	private static final PrefixMap PREFIXES = PrefixMapFactory.create(java.util.Map.of("tree", StreamDocuments.TREE,
			"ldes", StreamDocuments.LDES, "prov", StreamDocuments.PROV, "as", StreamDocuments.AS, "dct", DCTerms.NS,
			"rdf", RDF.uri, "rdfs", RDFS.uri, "xsd", "http://www.w3.org/2001/XMLSchema#"));

	private final ChangeLog log;

	private final StreamDocuments documents;

	/** Rendered full pages and members, by URL and media type: they never change, so they are written once. */
	private final com.github.benmanes.caffeine.cache.Cache<String, byte[]> rendered = com.github.benmanes.caffeine.cache.Caffeine
		.newBuilder()
		.maximumWeight(32L * 1024 * 1024)
		.<String, byte[]>weigher((key, bytes) -> bytes.length)
		.build();

	EventStreamController(ChangeLog log, CatalogueProperties properties) {
		this.log = log;
		this.documents = new StreamDocuments(properties.base() + "ldes/catalogue/versions/");
	}

	@GetMapping(path = PATH, produces = { "text/turtle", "application/ld+json", "application/n-triples" })
	ResponseEntity<byte[]> stream(HttpServletRequest request, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		String stream = url(request, PATH);
		return respond(() -> documents.root(stream, url(request, PATH + "/pages/0"), log.all()), accept, SHORT, request);
	}

	@GetMapping(path = PATH + "/pages/{page}", produces = { "text/turtle", "application/ld+json", "application/n-triples" })
	ResponseEntity<byte[]> page(@PathVariable String page, HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		long number = number(page, "page of the change stream");
		if (number >= log.pages()) {
			throw new ResourceNotFoundException("page of the change stream", page);
		}
		boolean full = log.isFull(number);
		return respond(() -> documents.page(url(request, PATH), url(request, PATH + "/pages/" + number),
				url(request, PATH + "/pages/" + (number + 1)), log.page(number), full), accept, full ? IMMUTABLE : SHORT,
				request);
	}

	@GetMapping(path = PATH + "/versions/{sequence}", produces = { "text/turtle", "application/ld+json", "application/n-triples" })
	ResponseEntity<byte[]> version(@PathVariable String sequence, HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		long number = number(sequence, "version in the change stream");
		List<MemberVersion> all = log.all();
		if (number < 1 || number > all.size()) {
			throw new ResourceNotFoundException("version in the change stream", sequence);
		}
		long page = (number - 1) / ChangeLog.PAGE_SIZE;
		return respond(() -> documents.member(log.page(page).get((int) ((number - 1) % ChangeLog.PAGE_SIZE))), accept,
				IMMUTABLE, request);
	}

	private static long number(String text, String kind) {
		if (!text.matches("[0-9]{1,12}")) {
			throw new ResourceNotFoundException(kind, text);
		}
		return Long.parseLong(text);
	}

	private static String url(HttpServletRequest request, String path) {
		return ServletUriComponentsBuilder.fromContextPath(request).path(path).build().toUriString();
	}

	private ResponseEntity<byte[]> respond(java.util.function.Supplier<Graph> graph, String accept, CacheControl cache,
			HttpServletRequest request) {
		MediaType type = negotiate(accept);
		byte[] body = cache == IMMUTABLE
				? rendered.get(request.getRequestURL() + " " + type, key -> write(graph.get(), type))
				: write(graph.get(), type);
		String etag = "\"" + sha256(body) + "\"";
		HttpHeaders headers = new HttpHeaders();
		headers.setCacheControl(cache);
		headers.setETag(etag);
		headers.setVary(List.of(HttpHeaders.ACCEPT));
		headers.setAccessControlAllowOrigin("*");
		headers.setAccessControlExposeHeaders(List.of(HttpHeaders.ETAG));
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.equals("W/" + etag) || ifNoneMatch.equals("*"))) {
			return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
		}
		headers.setContentType(new MediaType(type, StandardCharsets.UTF_8));
		return new ResponseEntity<>(body, headers, HttpStatus.OK);
	}

	private static byte[] write(Graph graph, MediaType type) {
		RDFFormat format = switch (type.getSubtype()) {
			case "ld+json" -> RDFFormat.JSONLD11;
			case "n-triples" -> RDFFormat.NTRIPLES;
			default -> RDFFormat.TURTLE_PRETTY;
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		var writer = org.apache.jena.riot.RDFWriter.source(graph).format(format);
		if (format != RDFFormat.NTRIPLES) {
			org.apache.jena.shared.PrefixMapping mapping = org.apache.jena.shared.PrefixMapping.Factory.create();
			PREFIXES.forEach(mapping::setNsPrefix);
			graph.getPrefixMapping().setNsPrefixes(mapping);
		}
		writer.output(out);
		return out.toByteArray();
	}

	/** The best of Turtle, JSON-LD and N-Triples for the Accept header; Turtle when nothing is said. */
	private static MediaType negotiate(String accept) {
		if (accept == null || accept.isBlank()) {
			return MediaType.valueOf(PRODUCES[0]);
		}
		List<MediaType> wanted = MediaType.parseMediaTypes(accept);
		wanted = new java.util.ArrayList<>(wanted);
		wanted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType candidate : wanted) {
			for (String offer : PRODUCES) {
				MediaType offered = MediaType.valueOf(offer);
				if (candidate.getQualityValue() > 0 && candidate.isCompatibleWith(offered)) {
					return offered;
				}
			}
		}
		return MediaType.valueOf(PRODUCES[0]);
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
