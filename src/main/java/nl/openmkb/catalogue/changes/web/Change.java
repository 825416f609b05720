package nl.openmkb.catalogue.changes.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One change in the plain JSON change list.
 *
 * @param sequence position in the change log; use it (or the page's {@code cursor}) to continue
 * @param id the resource's IRI
 * @param type the kind of resource, the type segment of its IRI ({@code subsidy}, {@code guide}, …)
 * @param identifier the last segment of the IRI
 * @param change what happened: {@code created}, {@code updated} or {@code deleted}
 * @param time when the change was written
 * @param link the API URL of the resource, when the API serves its type and it was not deleted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One change: which resource, what happened to it, and when.")
record Change(@Schema(description = "Position in the change log, from 1, without gaps.", example = "42") long sequence,
		@Schema(description = "The resource's IRI.", example = "http://localhost:8080/id/subsidy/wbso") String id,
		@Schema(description = "The kind of resource (the type segment of its IRI).", example = "subsidy") String type,
		@Schema(description = "The last segment of the IRI.", example = "wbso") String identifier,
		@Schema(description = "What happened to the resource.", allowableValues = { "created", "updated", "deleted" }) String change,
		@Schema(description = "When the change was written (UTC).", example = "2026-11-27T10:15:30.123Z") Instant time,
		@Schema(description = "The resource in this API; absent for deletions and for types the API does not serve.",
				example = "http://localhost:8080/api/v1/subsidies/wbso") @Nullable String link) {
}
