package nl.openmkb.catalogue.changes.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.openmkb.catalogue.changes.ChangeLog;
import nl.openmkb.catalogue.store.MemberVersion;
import nl.openmkb.catalogue.system.CatalogueProperties;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.ApiMediaTypes;
import nl.openmkb.catalogue.web.ApiResource;
import nl.openmkb.catalogue.web.InvalidParam;
import nl.openmkb.catalogue.web.InvalidParametersException;
import nl.openmkb.catalogue.web.ResourceModel;

import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.hateoas.Link;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The plain JSON change list at {@code /api/v1/changes}: what was created, changed or deleted, page by page. */
@RestController
@Tag(name = "Changes", description = "What changed since a moment or since the last change a client saw")
class ChangesController {

	static final String PATH = "/changes";

	static final int DEFAULT_PAGE_SIZE = 100;

	static final int MAX_PAGE_SIZE = 1000;

	private final ChangeLog log;

	private final ApiLinks links;

	private final String resourceBase;

	private final Clock clock;

	ChangesController(ChangeLog log, ApiLinks links, CatalogueProperties properties) {
		this.log = log;
		this.links = links;
		this.resourceBase = properties.base() + "id/";
		this.clock = Clock.systemUTC();
	}

	@GetMapping(path = ApiLinks.BASE_PATH + PATH, produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON })
	@ApiResource(ChangesPage.class)
	@Operation(summary = "List changes",
			description = "Every resource created, changed or deleted, oldest first; deletions included. Start with "
					+ "since (or with nothing, for the whole history), then follow the next link (or pass cursor) to "
					+ "continue; an empty page means nothing new yet.")
	ResourceModel<ChangesPage> changes(
			@Parameter(description = "Only changes at or after this moment: a date (2026-11-01, UTC midnight) or a "
					+ "date-time with offset. Not in the future; not together with cursor.")
			@RequestParam(required = false) @Nullable String since,
			@Parameter(description = "Only changes after this cursor, as given by a previous page (its cursor or "
					+ "next link).") @RequestParam(required = false) @Nullable String cursor,
			@Parameter(description = "Changes per page, 1–1000 (default 100).")
			@RequestParam(required = false) @Nullable String pageSize) {
		List<MemberVersion> all = log.all();
		long lastSequence = all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
		List<InvalidParam> errors = new ArrayList<>();
		int size = pageSize(pageSize, errors);
		Instant from = since(since, errors);
		long after = cursor(cursor, lastSequence, errors);
		if (since != null && cursor != null) {
			errors.add(InvalidParam.of("cursor", "conflict", "Give either since or cursor, not both."));
		}
		if (!errors.isEmpty()) {
			throw new InvalidParametersException(errors);
		}
		int start = from != null ? firstAtOrAfter(all, from) : (int) Math.min(after, all.size());
		// Sequences run 1, 2, 3 … without gaps: the version after cursor n sits at index n, and the cursor after a
		// page is the number of versions up to its end.
		List<MemberVersion> page = all.subList(start, Math.min(all.size(), start + size));
		long next = start + page.size();
		List<Change> changes = page.stream().map(this::change).toList();
		boolean hasMore = start + page.size() < all.size();
		ChangesPage body = new ChangesPage(changes, Long.toString(next), hasMore);
		String self = UriComponentsBuilder.fromUriString(links.href(PATH))
			.queryParamIfPresent("since", java.util.Optional.ofNullable(since))
			.queryParamIfPresent("cursor", java.util.Optional.ofNullable(cursor))
			.queryParamIfPresent("pageSize", java.util.Optional.ofNullable(pageSize))
			.encode()
			.toUriString();
		String nextHref = UriComponentsBuilder.fromUriString(links.href(PATH))
			.queryParam("cursor", next)
			.queryParamIfPresent("pageSize", java.util.Optional.ofNullable(pageSize))
			.encode()
			.toUriString();
		return new ResourceModel<>(body, List.of(Link.of(self, IanaLinkRelations.SELF), Link.of(nextHref, IanaLinkRelations.NEXT)),
				GraphFactory::createGraphMem);
	}

	private Change change(MemberVersion version) {
		String iri = version.resource();
		String rest = iri.startsWith(resourceBase) ? iri.substring(resourceBase.length()) : iri;
		int slash = rest.indexOf('/');
		String type = slash > 0 ? rest.substring(0, slash) : rest;
		String identifier = rest.substring(rest.lastIndexOf('/') + 1);
		String link = version.kind() == MemberVersion.Kind.DELETED ? null : links.hrefOf(iri);
		return new Change(version.sequence(), iri, type, identifier, version.kind().label(), version.time(), link);
	}

	private static int firstAtOrAfter(List<MemberVersion> all, Instant from) {
		int low = 0;
		int high = all.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (all.get(middle).time().isBefore(from)) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private static int pageSize(@Nullable String value, List<InvalidParam> errors) {
		if (value == null) {
			return DEFAULT_PAGE_SIZE;
		}
		try {
			int size = Integer.parseInt(value.strip());
			if (size >= 1 && size <= MAX_PAGE_SIZE) {
				return size;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(InvalidParam.of("pageSize", "malformed", "pageSize must be a whole number from 1 to " + MAX_PAGE_SIZE + "."));
		return DEFAULT_PAGE_SIZE;
	}

	private @Nullable Instant since(@Nullable String value, List<InvalidParam> errors) {
		if (value == null) {
			return null;
		}
		Instant instant;
		try {
			instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
					: OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			errors.add(InvalidParam.of("since", "malformed",
					"'" + value + "' is not a date (2026-11-01) or a date-time with offset (2026-11-01T09:00:00Z)."));
			return null;
		}
		if (instant.isAfter(clock.instant())) {
			errors.add(InvalidParam.of("since", "future", "'" + value + "' lies in the future; no changes can be that new."));
			return null;
		}
		return instant;
	}

	private static long cursor(@Nullable String value, long lastSequence, List<InvalidParam> errors) {
		if (value == null) {
			return 0;
		}
		long cursor;
		try {
			cursor = value.matches("[0-9]{1,18}") ? Long.parseLong(value) : -1;
		}
		catch (NumberFormatException ex) {
			cursor = -1;
		}
		if (cursor < 0) {
			errors.add(InvalidParam.of("cursor", "malformed",
					"'" + value + "' is not a cursor; use the cursor or next link of a previous page."));
			return 0;
		}
		if (cursor > lastSequence) {
			errors.add(InvalidParam.of("cursor", "future",
					"Cursor " + cursor + " lies beyond the newest change (" + lastSequence + "); use the cursor of a previous page."));
			return 0;
		}
		return cursor;
	}

}
