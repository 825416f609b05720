package nl.openmkb.catalogue.catalog.provider.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.openmkb.catalogue.catalog.Ref;

import org.jspecify.annotations.Nullable;

/**
 * A provider with its channels, the area it serves, the themes it handles and where it refers to.
 *
 * @param id the provider's persistent IRI
 * @param identifier its identifier, used in the path
 * @param title its name in the language asked for
 * @param description what it does for entrepreneurs
 * @param organisationType {@code public} for government bodies and public organisations, else {@code private}
 * @param themes the themes it handles
 * @param areas the areas it serves
 * @param channels how to reach it
 * @param homepage its home page
 * @param sameAs other identifiers of it, such as its TOOI URI
 * @param refersTo providers it officially refers entrepreneurs to
 * @param sources the pages its facts come from
 * @param modified when the entry was last checked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProviderDetails(@Schema(example = "http://localhost:8080/id/provider/rvo") String id,
		@Schema(example = "rvo") String identifier, @Schema(example = "Rijksdienst voor Ondernemend Nederland") String title,
		String description, @Schema(allowableValues = { "public", "private" }) String organisationType, List<Ref> themes,
		List<Ref> areas, List<ChannelView> channels, @Nullable String homepage, List<String> sameAs, List<Ref> refersTo,
		List<String> sources, @Schema(type = "string", format = "date", example = "2026-11-27") @Nullable LocalDate modified) {
}
