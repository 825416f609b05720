package nl.openmkb.catalogue.catalog;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The languages the catalogue has labels in; Dutch is the default and the fallback. */
public enum Language {

	/** Dutch. */
	NL,
	/** English. */
	EN;

	/** The BCP 47 tag, as in {@code Content-Language}. */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The language for a tag such as {@code nl} or {@code en-GB}, or {@code null} when it is neither. */
	public static @Nullable Language ofTag(String tag) {
		String primary = tag.strip().toLowerCase(Locale.ROOT);
		int dash = primary.indexOf('-');
		if (dash > 0) {
			primary = primary.substring(0, dash);
		}
		for (Language language : values()) {
			if (language.tag().equals(primary)) {
				return language;
			}
		}
		return null;
	}

}
