package nl.openmkb.catalogue.catalog.search.web;

import nl.openmkb.catalogue.catalog.search.SearchIndex;
import nl.openmkb.catalogue.web.InvalidParam;
import nl.openmkb.catalogue.web.InvalidParametersException;
import nl.openmkb.catalogue.web.QueryParameters;

import org.jspecify.annotations.Nullable;

/** Checks the words to search for, the same for the API and the HTML page {@code /zoeken}. */
public final class SearchText {

	private SearchText() {
	}

	/**
	 * The words to search for, as given.
	 * @throws InvalidParametersException when they are missing, too long or hold no word to search for
	 */
	public static String check(@Nullable String q) {
		if (q == null || q.isBlank()) {
			throw new InvalidParametersException(InvalidParam.of("q", "required",
					"Give the words to search for in q, for example q=energie besparen."));
		}
		if (q.length() > QueryParameters.MAX_TEXT_LENGTH) {
			throw new InvalidParametersException(InvalidParam.of("q", "tooLong",
					"Use at most " + QueryParameters.MAX_TEXT_LENGTH + " characters."));
		}
		if (SearchIndex.queryTerms(q).isEmpty()) {
			throw new InvalidParametersException(InvalidParam.of("q", "malformed",
					"q holds no word to search for (only punctuation or very common words such as 'de' and 'het')."));
		}
		return q;
	}

}
