package nl.openmkb.catalogue.catalog.subsidy.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.openmkb.catalogue.catalog.Ref;

import org.jspecify.annotations.Nullable;

/**
 * A scheme with everything the catalogue knows about it.
 *
 * @param id the scheme's persistent IRI
 * @param identifier its identifier, used in the path
 * @param title its title in the language asked for
 * @param description a short summary in plain language (1–3 sentences)
 * @param kind subsidy, tax scheme, guarantee, loan, participation, voucher, advice or credit
 * @param status open, closed, announced or ended
 * @param themes its themes
 * @param audiences who it is for
 * @param events the business events it belongs to
 * @param sectors the SBI codes it is bound to; empty when it is open to every sector
 * @param areas where it applies: the Netherlands, provinces or municipalities
 * @param competentAuthorities who runs it
 * @param legalResources the regulations it rests on
 * @param officialPages the official pages about it
 * @param sources the pages its facts come from
 * @param modified when the entry was last checked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubsidyDetails(@Schema(example = "http://localhost:8080/id/subsidy/wbso") String id,
		@Schema(example = "wbso") String identifier, @Schema(example = "WBSO (S&O-afdrachtvermindering)") String title,
		String description, @Nullable Ref kind, @Nullable Ref status, List<Ref> themes, List<Ref> audiences,
		List<Ref> events, List<Ref> sectors, List<Ref> areas, List<Ref> competentAuthorities, List<Ref> legalResources,
		@Schema(example = "[\"https://business.gov.nl/subsidy/wbso/\"]") List<String> officialPages, List<String> sources,
		@Schema(type = "string", format = "date", example = "2026-11-27") @Nullable LocalDate modified) {
}
