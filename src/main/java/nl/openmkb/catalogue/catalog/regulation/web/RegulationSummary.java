package nl.openmkb.catalogue.catalog.regulation.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.openmkb.catalogue.catalog.Ref;

import org.jspecify.annotations.Nullable;

/**
 * A regulation as a list item.
 *
 * @param id the regulation's persistent IRI
 * @param identifier its identifier (its BWB id in lower case), used in the path
 * @param bwbId its BWB identifier
 * @param title its title in the language asked for
 * @param description what it means for an entrepreneur, in plain language
 * @param themes its themes
 * @param modified when the entry was last checked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegulationSummary(@Schema(example = "http://localhost:8080/id/regulation/bwbr0010346") String id,
		@Schema(example = "bwbr0010346") String identifier, @Schema(example = "BWBR0010346") @Nullable String bwbId,
		@Schema(example = "Arbeidsomstandighedenwet") String title, String description, List<Ref> themes,
		@Schema(type = "string", format = "date", example = "2026-11-27") @Nullable LocalDate modified) {
}
