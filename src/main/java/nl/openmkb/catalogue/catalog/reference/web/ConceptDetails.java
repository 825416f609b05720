package nl.openmkb.catalogue.catalog.reference.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.Ref;

import org.jspecify.annotations.Nullable;

/**
 * A concept in a reference list with its place in the hierarchy.
 *
 * @param id the concept's IRI
 * @param identifier its identifier, used in paths and filters
 * @param notation its official code, if it has one
 * @param type what kind of concept it is
 * @param label its label in the language asked for
 * @param definition its definition in the language asked for, if it has one
 * @param broader the concepts directly above it
 * @param narrower the concepts directly below it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConceptDetails(@Schema(example = "http://localhost:8080/id/municipality/gm0344") String id,
		@Schema(example = "gm0344") String identifier, @Schema(example = "GM0344") @Nullable String notation,
		@Schema(example = "municipality") String type, @Schema(example = "Utrecht") String label,
		@Nullable String definition, List<Ref> broader, List<Ref> narrower) {

	static ConceptDetails of(Concept concept, List<Ref> broader, List<Ref> narrower, Language language) {
		return new ConceptDetails(concept.iri(), concept.identifier(), concept.notation(), concept.type(),
				concept.label().in(language, concept.identifier()), concept.definition().in(language), broader, narrower);
	}

}
