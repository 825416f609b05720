package nl.openmkb.catalogue.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A free-text query ({@code q}): every word must occur in the item's text, ignoring case and accents. Matching runs
 * in memory over text prepared once per snapshot ({@link #normalize}), so the words never reach a SPARQL query.
 *
 * @param words the normalised words, all of which must match
 */
public record TextQuery(List<String> words) {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	public TextQuery {
		words = List.copyOf(words);
	}

	/** The query for what a user typed; blank text gives a query that matches everything. */
	public static TextQuery parse(String text) {
		String normalized = normalize(text).strip();
		return new TextQuery(normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" ")));
	}

	/** Whether the query matches everything. */
	public boolean isEmpty() {
		return words.isEmpty();
	}

	/** Whether every word occurs in text that was {@link #normalize normalised}. */
	public boolean matches(String normalizedText) {
		for (String word : words) {
			if (!normalizedText.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** Lower case, accents removed, punctuation turned into single spaces, padded with a space on both ends. */
	public static String normalize(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return " " + SEPARATORS.matcher(plain).replaceAll(" ").strip() + " ";
	}

	/** The searchable text of an item: all its texts, normalised and joined. */
	public static String searchText(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			text.append(normalize(part));
		}
		return text.toString();
	}

	/** The searchable text of texts in every language. */
	public static String searchText(Texts... texts) {
		return searchText(Arrays.stream(texts).flatMap(t -> t.byLanguage().values().stream()).toArray(String[]::new));
	}

}
