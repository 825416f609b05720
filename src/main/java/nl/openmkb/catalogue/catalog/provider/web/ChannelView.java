package nl.openmkb.catalogue.catalog.provider.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.openmkb.catalogue.catalog.Ref;

import org.jspecify.annotations.Nullable;

/**
 * A channel of a provider, inside the provider's representation.
 *
 * @param id the channel's IRI
 * @param identifier its identifier
 * @param type website, telefoon, email or loket
 * @param title its title in the language asked for
 * @param description what it is for
 * @param pages web pages
 * @param telephones telephone numbers as {@code tel:} URIs
 * @param emails e-mail addresses as {@code mailto:} URIs
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChannelView(String id, @Schema(example = "kvk-telefoon") String identifier, @Nullable Ref type,
		String title, @Nullable String description, List<String> pages,
		@Schema(example = "[\"tel:+318002117\"]") List<String> telephones, List<String> emails) {
}
