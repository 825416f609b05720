package nl.openmkb.catalogue.catalog.search.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.openmkb.catalogue.catalog.search.Snippet;
import nl.openmkb.catalogue.catalog.search.Snippet.Highlight;

/**
 * One search result: what it is, its title and a snippet, each with the stretches that matched.
 *
 * @param id the IRI of the thing found
 * @param type its type: subsidy, regulation, guide, provider, theme, event, audience or sbi-code
 * @param identifier its identifier (slug or code)
 * @param title its title or label in the language asked for (plain text)
 * @param titleHighlights the stretches of the title that matched
 * @param snippet a piece of its description (or of a guide step) with the stretches that matched
 * @param score its relevance; higher is better, comparable only within one result list
 */
public record SearchHit(@Schema(example = "http://localhost:8080/id/subsidy/isde") String id,
		@Schema(example = "subsidy", allowableValues = { "subsidy", "regulation", "guide", "provider", "theme", "event",
				"audience", "sbi-code" }) String type,
		@Schema(example = "isde") String identifier,
		@Schema(example = "Investeringssubsidie duurzame energie en energiebesparing (ISDE)") String title,
		List<Highlight> titleHighlights, Snippet snippet, @Schema(example = "7.25") double score) {

	public SearchHit {
		titleHighlights = List.copyOf(titleHighlights);
	}

}
