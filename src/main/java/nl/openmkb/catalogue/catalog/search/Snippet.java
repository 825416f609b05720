package nl.openmkb.catalogue.catalog.search;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A piece of plain text with the places where the query matched. The text is never markup: a client escapes it and
 * marks the highlights itself, so data can never inject HTML.
 *
 * @param text the text, possibly cut short (then it starts or ends with …)
 * @param highlights the matching stretches, in order and not overlapping
 */
@Schema(description = "Plain text (never markup) with the stretches that matched the query.")
public record Snippet(String text, List<Highlight> highlights) {

	public Snippet {
		highlights = List.copyOf(highlights);
	}

	/**
	 * One matching stretch of a snippet's text.
	 *
	 * @param start offset of its first character, in UTF-16 code units (JavaScript string indexes)
	 * @param end offset after its last character
	 */
	@Schema(description = "A matching stretch: text.substring(start, end) in JavaScript or Java.")
	public record Highlight(@Schema(example = "12") int start, @Schema(example = "20") int end) {
	}

}
