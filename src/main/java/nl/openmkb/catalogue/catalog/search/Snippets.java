package nl.openmkb.catalogue.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.Texts;
import nl.openmkb.catalogue.catalog.search.Snippet.Highlight;

/**
 * Cuts snippets and finds highlights: a word is highlighted when its term is a query term, or starts with a query
 * term of at least {@link SearchIndex#PREFIX_LENGTH} letters, which is exactly what the index matched on.
 */
public final class Snippets {

	/** The longest snippet cut from a passage, in characters (a few more when a word would be cut). */
	static final int LENGTH = 180;

	private Snippets() {
	}

	/** The whole text with its highlights (for titles). */
	public static Snippet whole(String text, Set<String> terms) {
		return new Snippet(text, highlights(DutchAnalysis.tokens(text), terms));
	}

	/** The whole text with its highlights, the text's analysis taken from the index's memory. */
	public static Snippet whole(SearchIndex index, String text, Set<String> terms) {
		return new Snippet(text, highlights(index.tokens(text), terms));
	}

	/**
	 * The best snippet of a document in a language: the first passage with the most matching words, cut to about
	 * {@link #LENGTH} characters around its first match; the description when nothing matches.
	 */
	public static Snippet best(SearchDocument document, Language language, Set<String> terms) {
		return best(DutchAnalysis::tokens, document, language, terms);
	}

	/** {@link #best(SearchDocument, Language, Set)} with the texts' analysis taken from the index's memory. */
	public static Snippet best(SearchIndex index, SearchDocument document, Language language, Set<String> terms) {
		return best(index::tokens, document, language, terms);
	}

	private static Snippet best(java.util.function.Function<String, List<DutchAnalysis.Token>> analysis,
			SearchDocument document, Language language, Set<String> terms) {
		String best = "";
		List<Highlight> bestHighlights = List.of();
		for (Texts passage : document.passages()) {
			String text = passage.in(language, "");
			List<Highlight> found = text.isEmpty() ? List.of() : highlights(analysis.apply(text), terms);
			if (best.isEmpty() && !text.isEmpty() || found.size() > bestHighlights.size()) {
				best = text;
				bestHighlights = found;
			}
		}
		return cut(best, bestHighlights);
	}

	private static List<Highlight> highlights(List<DutchAnalysis.Token> tokens, Set<String> terms) {
		List<Highlight> highlights = new ArrayList<>();
		if (terms.isEmpty()) {
			return highlights;
		}
		for (DutchAnalysis.Token token : tokens) {
			if (matches(token.term(), terms)) {
				highlights.add(new Highlight(token.start(), token.end()));
			}
		}
		return highlights;
	}

	static boolean matches(String term, Set<String> terms) {
		if (terms.contains(term)) {
			return true;
		}
		for (String query : terms) {
			if (query.length() >= SearchIndex.PREFIX_LENGTH && term.startsWith(query)) {
				return true;
			}
		}
		return false;
	}

	private static Snippet cut(String text, List<Highlight> highlights) {
		if (text.length() <= LENGTH) {
			return new Snippet(text, highlights);
		}
		int anchor = highlights.isEmpty() ? 0 : highlights.get(0).start();
		int from = anchor < LENGTH / 3 ? 0 : wordStart(text, anchor - LENGTH / 3);
		int to = wordEnd(text, Math.min(text.length(), from + LENGTH));
		String prefix = from > 0 ? "…" : "";
		String suffix = to < text.length() ? "…" : "";
		int shift = prefix.length() - from;
		List<Highlight> kept = new ArrayList<>();
		for (Highlight h : highlights) {
			if (h.start() >= from && h.end() <= to) {
				kept.add(new Highlight(h.start() + shift, h.end() + shift));
			}
		}
		return new Snippet(prefix + text.substring(from, to).strip() + suffix, trimmed(kept, text.substring(from, to)));
	}

	/** Offsets stay right after {@code strip()} only if nothing leading was removed; adjust when it was. */
	private static List<Highlight> trimmed(List<Highlight> highlights, String piece) {
		int leading = piece.length() - piece.stripLeading().length();
		if (leading == 0) {
			return highlights;
		}
		return highlights.stream().map(h -> new Highlight(h.start() - leading, h.end() - leading)).toList();
	}

	private static int wordStart(String text, int index) {
		int i = Math.max(0, index);
		while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	private static int wordEnd(String text, int index) {
		int i = index;
		while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

}
