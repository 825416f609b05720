package nl.openmkb.catalogue.refdata;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a Dutch name into a lowercase kebab-case ASCII slug ({@code 's-Gravenhage} → {@code s-gravenhage}). */
final class Slugs {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/**
	 * Folds accents to ASCII (â → a), drops apostrophes, lowercases, and joins the remaining words with
	 * single hyphens. Fails when a character cannot be folded to ASCII.
	 */
	static String of(String name) {
		String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		String lower = folded.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
		for (char c : lower.toCharArray()) {
			if (c > 0x7F) {
				throw new IllegalArgumentException("Cannot fold '" + c + "' in '" + name + "' to ASCII");
			}
		}
		String slug = SEPARATORS.matcher(lower).replaceAll("-").replaceAll("^-+|-+$", "");
		if (!SLUG.matcher(slug).matches()) {
			throw new IllegalArgumentException("No slug for '" + name + "'");
		}
		return slug;
	}

}
