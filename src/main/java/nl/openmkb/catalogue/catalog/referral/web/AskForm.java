package nl.openmkb.catalogue.catalog.referral.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.ConceptScheme;
import nl.openmkb.catalogue.catalog.Concepts;
import nl.openmkb.catalogue.catalog.Language;

import org.jspecify.annotations.Nullable;

/**
 * The question form of the HTML pages (home page and {@code /vraag}): the municipalities to choose from and the
 * values to fill it with. Works without scripts: a GET to {@code /vraag}.
 *
 * @param question the question as typed
 * @param municipality the municipality code chosen, or as typed
 * @param sbi the SBI code as typed
 * @param municipalities the municipalities to choose from, by name
 */
public record AskForm(String question, String municipality, String sbi, List<Option> municipalities) {

	/** Where the form is sent. */
	public static final String ACTION = "/vraag";

	/**
	 * One municipality to choose.
	 *
	 * @param code its CBS code ({@code GM0344})
	 * @param name its name
	 */
	public record Option(String code, String name) {
	}

	/** An empty form. */
	public static AskForm empty(CatalogueSnapshot snapshot, Language language) {
		return new AskForm("", "", "", municipalities(snapshot, language));
	}

	/** The current municipalities of the snapshot, by name in Dutch order. */
	public static List<Option> municipalities(CatalogueSnapshot snapshot, Language language) {
		Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
		return Concepts.of(snapshot)
			.inScheme(ConceptScheme.REGIONS.iri(snapshot))
			.stream()
			.filter(c -> "municipality".equals(c.type()) && c.notation() != null)
			.map(c -> new Option(c.notation(), c.label().in(language, c.notation())))
			.sorted(Comparator.comparing(Option::name, collator))
			.toList();
	}

	/** A municipality given by name instead of code: its code, if exactly one municipality has that name. */
	public static Optional<String> codeOfName(CatalogueSnapshot snapshot, @Nullable String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		List<Concept> named = Concepts.of(snapshot)
			.inScheme(ConceptScheme.REGIONS.iri(snapshot))
			.stream()
			.filter(c -> "municipality".equals(c.type()) && c.notation() != null)
			.filter(c -> c.label().byLanguage().values().stream().anyMatch(l -> l.equalsIgnoreCase(name.strip())))
			.toList();
		return named.size() == 1 ? Optional.ofNullable(named.get(0).notation()) : Optional.empty();
	}

}
