package nl.openmkb.catalogue.sparql;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import nl.openmkb.catalogue.sparql.QueryEvaluator.QueryResult;
import nl.openmkb.catalogue.sparql.ResultFormat.Kind;

/**
 * The SPARQL 1.1 Protocol endpoint at {@code /sparql}: reads the request, negotiates the format and hands the query to
 * the {@link QueryEvaluator}. A GET without a query answers the service description, or the query page when a
 * browser asks for HTML.
 */
@Controller
@RequestMapping("/sparql")
class SparqlController {

	static final String VARY = "Accept";

	static final String CACHE_HIT = "open-mkb; hit";

	private final QueryEvaluator evaluator;

	private final ServiceDescription description;

	private final QueryPage page;

	private final long maxQuerySize;

	SparqlController(QueryEvaluator evaluator, ServiceDescription description, QueryPage page,
			SparqlProperties properties) {
		this.evaluator = evaluator;
		this.description = description;
		this.page = page;
		this.maxQuerySize = properties.maxQuerySize().toBytes();
	}

	@GetMapping
	ResponseEntity<byte[]> get(HttpServletRequest request, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		ProtocolRequest protocol = ProtocolRequest.fromGet(request, maxQuerySize);
		if (ResultFormat.negotiate(accept, ResultFormat.of(Kind.RESULTS, Kind.GRAPH, Kind.PAGE)) == ResultFormat.HTML) {
			return page(protocol.query());
		}
		if (protocol.query() == null) {
			return graph(description.serviceDescription(), accept,
					"<" + description.voidDocument() + ">; rel=\"describedby\"");
		}
		return answer(protocol, accept);
	}

	@PostMapping
	ResponseEntity<byte[]> post(HttpServletRequest request, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		return answer(ProtocolRequest.fromPost(request, maxQuerySize), accept);
	}

	@RequestMapping(method = { RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH })
	ResponseEntity<byte[]> otherMethods(HttpServletRequest request) {
		throw new SparqlException(SparqlProblem.METHOD_NOT_ALLOWED,
				request.getMethod() + " is not part of the SPARQL Protocol for queries; use GET or POST.");
	}

	/** The VoID description moved to {@code /.well-known/void} (served by the linked data publication). */
	@GetMapping("/void")
	ResponseEntity<byte[]> voidDescription() {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, "/.well-known/void").build();
	}

	private ResponseEntity<byte[]> answer(ProtocolRequest protocol, @Nullable String accept) {
		Query query = evaluator.parse(protocol.query());
		Kind kind = query.isSelectType() || query.isAskType() ? Kind.RESULTS : Kind.GRAPH;
		ResultFormat format = negotiate(accept, kind);
		QueryResult result = evaluator.evaluate(protocol, query, format);
		return ResponseEntity.ok()
			.contentType(result.format().contentType())
			.header(HttpHeaders.VARY, VARY)
			.header("Cache-Status", result.cached() ? CACHE_HIT : "open-mkb; fwd=miss; stored")
			.body(result.body());
	}

	private ResponseEntity<byte[]> page(@Nullable String query) {
		byte[] html = page.render(query, description.endpoint()).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(ResultFormat.HTML.contentType())
			.header(HttpHeaders.VARY, VARY)
			.header("Content-Security-Policy", QueryPage.CONTENT_SECURITY_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "no-referrer")
			.body(html);
	}

	private static ResponseEntity<byte[]> graph(Model model, @Nullable String accept, @Nullable String link) {
		ResultFormat format = negotiate(accept, Kind.GRAPH);
		var out = new ByteArrayOutputStream();
		RDFWriter.source(model).format(format.rdfFormat()).output(out);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(format.contentType())
			.header(HttpHeaders.VARY, VARY);
		if (link != null) {
			response.header(HttpHeaders.LINK, link);
		}
		return response.body(out.toByteArray());
	}

	private static ResultFormat negotiate(@Nullable String accept, Kind kind) {
		List<ResultFormat> offers = ResultFormat.of(kind);
		ResultFormat format = ResultFormat.negotiate(accept, offers);
		if (format == null) {
			throw new SparqlException(SparqlProblem.NOT_ACCEPTABLE, "This answer is available as "
					+ String.join(", ", offers.stream().map(f -> f.mediaType().toString()).toList()) + ".");
		}
		return format;
	}

}
