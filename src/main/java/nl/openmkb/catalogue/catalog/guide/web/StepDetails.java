package nl.openmkb.catalogue.catalog.guide.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.openmkb.catalogue.catalog.Ref;

/**
 * One step of a guide, with what helps with it.
 *
 * @param id the step's IRI
 * @param position its place in the guide, from 1
 * @param title its title in the language asked for
 * @param description what to do
 * @param schemes schemes that help with it
 * @param regulations regulations that apply to it
 * @param providers providers to turn to
 */
public record StepDetails(@Schema(example = "http://localhost:8080/id/guide/bedrijf-starten#stap-1") String id,
		@Schema(example = "1") int position, @Schema(example = "Zet je plan op papier") String title, String description,
		List<Ref> schemes, List<Ref> regulations, List<Ref> providers) {
}
