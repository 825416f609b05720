package nl.openmkb.catalogue.catalog;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * One text in several languages, keyed by language tag ({@code ""} for a literal without one).
 *
 * @param byLanguage the text per language tag
 */
public record Texts(Map<String, String> byLanguage) {

	private static final Texts NONE = new Texts(Map.of());

	public Texts {
		byLanguage = Map.copyOf(byLanguage);
	}

	/** No text at all. */
	public static Texts none() {
		return NONE;
	}

	/** Texts from a mutable map, sorted for stable output. */
	public static Texts of(Map<String, String> byLanguage) {
		return byLanguage.isEmpty() ? NONE : new Texts(new TreeMap<>(byLanguage));
	}

	/** The text in the language asked for, else Dutch, else English, else any; {@code null} when there is none. */
	public @Nullable String in(Language language) {
		String text = byLanguage.get(language.tag());
		if (text == null) {
			text = byLanguage.get(Language.NL.tag());
		}
		if (text == null) {
			text = byLanguage.get(Language.EN.tag());
		}
		if (text == null && !byLanguage.isEmpty()) {
			text = byLanguage.values().iterator().next();
		}
		return text;
	}

	/** The text in the language asked for (with fallbacks), or the given default. */
	public String in(Language language, String fallback) {
		String text = in(language);
		return text != null ? text : fallback;
	}

	/** Whether there is no text in any language. */
	public boolean isEmpty() {
		return byLanguage.isEmpty();
	}

}
