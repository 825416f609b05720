package nl.openmkb.catalogue.feedback;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Takes feedback on a scheme, regulation, guide or provider: 202 when kept, 400 with the reasons for bad input, 429
 * when the client sent too many. The client's address is only used, hashed, for the rate limit.
 */
@Tag(name = "Quality and feedback")
@RestController
@RequestMapping("/api/v1/feedback")
class FeedbackController {

	private static final Set<String> TYPES = Set.of("subsidy", "regulation", "guide", "provider");

	/** The largest body read: an item, a score and a comment of the longest allowed length fit easily. */
	static final int MAX_BODY = 8 * 1024;

	private static final String NOT_AN_OBJECT = "The body must be a JSON object with item, score and optionally comment.";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Feedback feedback;

	private final CatalogueSnapshots snapshots;

	private final RateLimiter limiter;

	private final FeedbackProperties properties;

	private final Clock clock;

	FeedbackController(Feedback feedback, CatalogueSnapshots snapshots, FeedbackProperties properties) {
		this.feedback = feedback;
		this.snapshots = snapshots;
		this.properties = properties;
		this.limiter = new RateLimiter(properties.burst(), properties.refillEvery());
		this.clock = Clock.systemUTC();
	}

	@Operation(summary = "Give feedback on an item",
			description = "A score from 0 to 10 (how likely you are to recommend it) on a scheme, regulation, guide or "
					+ "provider, with an optional short comment. No personal data is kept; counts, mean and NPS per item "
					+ "are published in the quality report and as open data (graph {base}graph/feedback).")
	@PostMapping
	ResponseEntity<Map<String, Object>> give(HttpServletRequest request) throws IOException {
		FeedbackInput input = read(request);
		List<Map<String, String>> invalid = new ArrayList<>();
		String item = resolve(input.item(), invalid);
		if (input.score() == null || input.score() < 0 || input.score() > 10) {
			invalid.add(Map.of("name", "score", "reason", "A whole number from 0 to 10 is required."));
		}
		String comment = input.comment() == null ? "" : input.comment().strip();
		if (comment.length() > properties.maxCommentLength()) {
			invalid.add(Map.of("name", "comment", "reason",
					"At most " + properties.maxCommentLength() + " characters."));
		}
		if (!invalid.isEmpty()) {
			throw new FeedbackException(HttpStatus.BAD_REQUEST, "Invalid feedback",
					"The feedback was not accepted; invalidParams says why.", invalid);
		}
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			throw new FeedbackException(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
					"Too much feedback from this client; try again later.", List.of());
		}
		feedback.add(item, input.score(), comment, LocalDate.now(clock));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("item", item, "score", input.score()));
	}

	/** Reads the body, at most {@link #MAX_BODY} bytes, so an oversized body is refused before it is parsed. */
	private static FeedbackInput read(HttpServletRequest request) throws IOException {
		String contentType = request.getContentType();
		if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
			throw new FeedbackException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
					"Send the feedback as application/json.", List.of());
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			throw new FeedbackException(HttpStatus.BAD_REQUEST, "Invalid feedback",
					"The body is larger than " + MAX_BODY + " bytes.", List.of());
		}
		try {
			FeedbackInput input = JSON.readValue(body, FeedbackInput.class);
			if (input == null) {
				throw new FeedbackException(HttpStatus.BAD_REQUEST, "Invalid feedback", NOT_AN_OBJECT, List.of());
			}
			return input;
		}
		catch (JacksonException ex) {
			throw new FeedbackException(HttpStatus.BAD_REQUEST, "Invalid feedback", NOT_AN_OBJECT, List.of());
		}
	}

	private @Nullable String resolve(@Nullable String item, List<Map<String, String>> invalid) {
		String base = snapshots.current().base();
		String reason = "Give the IRI or {type}/{slug} of a scheme (subsidy), regulation, guide or provider in the catalogue.";
		if (item == null || item.isBlank() || item.length() > 300) {
			invalid.add(Map.of("name", "item", "reason", reason));
			return null;
		}
		String path = item.startsWith(base + "id/") ? item.substring(base.length() + 3) : item;
		String[] parts = path.split("/", -1);
		if (parts.length != 2 || !TYPES.contains(parts[0]) || !parts[1].matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			invalid.add(Map.of("name", "item", "reason", reason));
			return null;
		}
		String iri = base + "id/" + parts[0] + "/" + parts[1];
		Node node = NodeFactory.createURI(iri);
		if (!snapshots.current().graph().contains(node, RDF.type.asNode(), Node.ANY)) {
			invalid.add(Map.of("name", "item", "reason", "There is no " + parts[0] + " '" + parts[1] + "' in the catalogue."));
			return null;
		}
		return iri;
	}

}
