package nl.openmkb.catalogue.catalog.reference.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.Language;

import org.jspecify.annotations.Nullable;

/**
 * A concept in a reference list, as a list item.
 *
 * @param id the concept's IRI
 * @param identifier its identifier, used in paths and filters
 * @param notation its official code, if it has one
 * @param type what kind of concept it is
 * @param label its label in the language asked for
 * @param definition its definition in the language asked for, if it has one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConceptSummary(@Schema(example = "http://localhost:8080/id/theme/innovatie") String id,
		@Schema(example = "innovatie") String identifier, @Schema(example = "GM0344") @Nullable String notation,
		@Schema(example = "theme", description = "theme, event, audience, sbi, country, province, labour-market-region, municipality, status or scheme-kind") String type,
		@Schema(example = "Innovatie") String label, @Nullable String definition) {

	static ConceptSummary of(Concept concept, Language language) {
		return new ConceptSummary(concept.iri(), concept.identifier(), concept.notation(), concept.type(),
				concept.label().in(language, concept.identifier()), concept.definition().in(language));
	}

}
