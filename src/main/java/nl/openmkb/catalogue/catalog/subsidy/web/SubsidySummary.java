package nl.openmkb.catalogue.catalog.subsidy.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.openmkb.catalogue.catalog.Ref;

import org.jspecify.annotations.Nullable;

/**
 * A scheme as a list item: enough to show it without fetching it.
 *
 * @param id the scheme's persistent IRI
 * @param identifier its identifier, used in the path
 * @param title its title in the language asked for
 * @param description a short summary in plain language (1–3 sentences)
 * @param kind subsidy, tax scheme, guarantee, loan, participation, voucher, advice or credit
 * @param status open, closed, announced or ended
 * @param themes its themes
 * @param areas where it applies: the Netherlands, provinces or municipalities
 * @param modified when the entry was last checked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubsidySummary(@Schema(example = "http://localhost:8080/id/subsidy/wbso") String id,
		@Schema(example = "wbso") String identifier, @Schema(example = "WBSO (S&O-afdrachtvermindering)") String title,
		@Schema(example = "Doet uw bedrijf zelf technisch speur- en ontwikkelingswerk? Dan draagt u met de WBSO minder loonheffing af.") String description,
		@Nullable Ref kind, @Nullable Ref status, List<Ref> themes, List<Ref> areas,
		@Schema(type = "string", format = "date", example = "2026-11-27") @Nullable LocalDate modified) {
}
