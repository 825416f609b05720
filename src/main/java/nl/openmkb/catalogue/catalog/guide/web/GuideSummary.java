package nl.openmkb.catalogue.catalog.guide.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.openmkb.catalogue.catalog.Ref;

import org.jspecify.annotations.Nullable;

/**
 * A guide as a list item.
 *
 * @param id the guide's persistent IRI
 * @param identifier its identifier, used in the path
 * @param title its title in the language asked for
 * @param description what it helps with
 * @param themes its themes
 * @param steps how many steps it has
 * @param modified when the entry was last checked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuideSummary(@Schema(example = "http://localhost:8080/id/guide/bedrijf-starten") String id,
		@Schema(example = "bedrijf-starten") String identifier, @Schema(example = "Een bedrijf starten") String title,
		String description, List<Ref> themes, @Schema(example = "6") int steps,
		@Schema(type = "string", format = "date", example = "2026-11-27") @Nullable LocalDate modified) {
}
