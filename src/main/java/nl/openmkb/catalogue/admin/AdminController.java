package nl.openmkb.catalogue.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.admin.AdminProperties.ApiKey;
import nl.openmkb.catalogue.feedback.FeedbackPublisher;
import nl.openmkb.catalogue.harvest.HarvestProperties;
import nl.openmkb.catalogue.harvest.HarvestProperties.Source;
import nl.openmkb.catalogue.harvest.HarvestRun;
import nl.openmkb.catalogue.harvest.Harvester;
import nl.openmkb.catalogue.harvest.RunLog;
import nl.openmkb.catalogue.quality.LinkChecker;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin API: sources and their runs, harvest on demand, dataset upload, link check and feedback publication.
 * Requests reach it only through {@link ApiKeyFilter}; each write checks that the key may write the source (403
 * otherwise) and is logged with the key id and what was done.
 */
@Hidden
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminController {

	private static final Logger audit = LoggerFactory.getLogger("nl.openmkb.catalogue.admin.audit");

	private final HarvestProperties sources;

	private final Harvester harvester;

	private final RunLog runs;

	private final LinkChecker links;

	private final FeedbackPublisher feedback;

	AdminController(HarvestProperties sources, Harvester harvester, RunLog runs, LinkChecker links,
			FeedbackPublisher feedback) {
		this.sources = sources;
		this.harvester = harvester;
		this.runs = runs;
		this.links = links;
		this.feedback = feedback;
	}

	/** The configured sources with their newest run. */
	@GetMapping("/sources")
	List<Map<String, Object>> sources(@RequestAttribute(ApiKeyFilter.KEY_ATTRIBUTE) ApiKey key) {
		return sources.sources().stream().map(source -> {
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("id", source.id());
			view.put("url", source.url().toString());
			view.put("format", source.format());
			view.put("schedule", source.schedule());
			view.put("owner", source.owner());
			view.put("lastRun", runs.runs(source.id(), 1).stream().findFirst().orElse(null));
			return view;
		}).toList();
	}

	/** The newest runs, of one source or of all. */
	@GetMapping("/runs")
	List<HarvestRun> runs(@RequestAttribute(ApiKeyFilter.KEY_ATTRIBUTE) ApiKey key,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(defaultValue = "50") int limit) {
		int capped = Math.max(1, Math.min(limit, 500));
		if (source != null) {
			return runs.runs(source(source).id(), capped);
		}
		return runs.all(capped);
	}

	/** Harvests a source now; the run (with its outcome) is the answer. */
	@PostMapping("/sources/{id}/harvests")
	HarvestRun harvest(@PathVariable String id, @RequestAttribute(ApiKeyFilter.KEY_ATTRIBUTE) ApiKey key) {
		Source source = writable(id, key);
		HarvestRun run = harvester.harvest(source, key.id());
		audit.info("{} harvested source {}: {} {}", key.id(), id, run.outcome(), run.cause() == null ? "" : run.cause());
		return run;
	}

	/** Replaces a source's data with the uploaded dataset, validated exactly like a harvest. */
	@PutMapping("/sources/{id}/dataset")
	ResponseEntity<Object> upload(@PathVariable String id, @RequestAttribute(ApiKeyFilter.KEY_ATTRIBUTE) ApiKey key,
			HttpServletRequest request) throws IOException {
		Source source = writable(id, key);
		byte[] body = readLimited(request.getInputStream(), sources.maxSize().toBytes());
		String contentType = request.getContentType();
		String mediaType = contentType == null ? null : MediaType.parseMediaType(contentType).getType() + "/"
				+ MediaType.parseMediaType(contentType).getSubtype();
		HarvestRun run = harvester.upload(source, body, mediaType, key.id());
		audit.info("{} uploaded {} bytes ({}) for source {}: {} {}", key.id(), body.length, mediaType, id, run.outcome(),
				run.cause() == null ? "" : run.cause());
		if (run.succeeded()) {
			return ResponseEntity.ok(run);
		}
		HttpStatus status = run.cause() == nl.openmkb.catalogue.harvest.HarvestException.Cause.CONTENT_TYPE
				? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.UNPROCESSABLE_CONTENT;
		throw new AdminException(status, status == HttpStatus.UNSUPPORTED_MEDIA_TYPE ? "Unsupported media type"
				: "Dataset refused", run.message(), run);
	}

	/** Starts a check of every official link in the background. */
	@PostMapping("/link-checks")
	ResponseEntity<Map<String, Object>> checkLinks(@RequestAttribute(ApiKeyFilter.KEY_ATTRIBUTE) ApiKey key) {
		boolean started = links.startCheck();
		audit.info("{} asked for a link check: {}", key.id(), started ? "started" : "already running");
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header(HttpHeaders.LOCATION, "/api/v1/quality")
			.body(Map.of("started", started));
	}

	/** Publishes the feedback aggregates now (they are also published on a schedule). */
	@PostMapping("/feedback-publications")
	Map<String, Object> publishFeedback(@RequestAttribute(ApiKeyFilter.KEY_ATTRIBUTE) ApiKey key) {
		String outcome = feedback.publish();
		audit.info("{} published the feedback aggregates: {}", key.id(), outcome);
		return Map.of("outcome", outcome);
	}

	private Source source(String id) {
		Source source = sources.source(id);
		if (source == null) {
			throw new AdminException(HttpStatus.NOT_FOUND, "Not found", "There is no configured source '" + id + "'.", null);
		}
		return source;
	}

	private Source writable(String id, ApiKey key) {
		Source source = source(id);
		if (!key.mayWrite(source.id(), source.owner())) {
			audit.info("{} refused: may not write source {}", key.id(), id);
			throw new AdminException(HttpStatus.FORBIDDEN, "Forbidden",
					"This API key may not write the source '" + id + "'.", null);
		}
		return source;
	}

	private static byte[] readLimited(InputStream in, long max) throws IOException {
		byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		if (body.length > max) {
			throw new AdminException(HttpStatus.CONTENT_TOO_LARGE, "Dataset too large",
					"The dataset is larger than " + max + " bytes.", null);
		}
		return body;
	}

}
