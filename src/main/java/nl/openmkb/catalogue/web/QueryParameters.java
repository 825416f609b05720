package nl.openmkb.catalogue.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.ConceptScheme;
import nl.openmkb.catalogue.catalog.Concepts;
import nl.openmkb.catalogue.catalog.EntryFilter;
import nl.openmkb.catalogue.catalog.Scopes;
import nl.openmkb.catalogue.catalog.TextQuery;

import org.jspecify.annotations.Nullable;

/**
 * Turns the filter parameters of one request into values the repositories understand, collecting every refusal so
 * that one 400 names all bad parameters. Values are only ever looked up in the snapshot's indexes; none reaches a
 * query.
 */
public final class QueryParameters {

	/** The longest {@code q} accepted. */
	public static final int MAX_TEXT_LENGTH = 200;

	private static final Pattern SBI = Pattern.compile("(?i)[a-v]|[0-9]{2,5}");

	private static final Pattern MUNICIPALITY = Pattern.compile("(?i)gm[0-9]{4}");

	private static final Pattern PROVINCE = Pattern.compile("(?i)pv[0-9]{2}");

	private final CatalogueSnapshot snapshot;

	private final Concepts concepts;

	private final List<InvalidParam> errors = new ArrayList<>();

	public QueryParameters(CatalogueSnapshot snapshot) {
		this.snapshot = snapshot;
		this.concepts = Concepts.of(snapshot);
	}

	/** The filters every catalogue collection has: {@code theme}, {@code event}, {@code audience}, {@code q}, {@code modifiedSince}. */
	public EntryFilter entryFilter(@Nullable List<String> theme, @Nullable List<String> event,
			@Nullable List<String> audience, @Nullable String q, @Nullable String modifiedSince) {
		return new EntryFilter(concepts("theme", theme, ConceptScheme.THEMES),
				concepts("event", event, ConceptScheme.BUSINESS_EVENTS), concepts("audience", audience, ConceptScheme.AUDIENCES),
				text("q", q), date("modifiedSince", modifiedSince));
	}

	/** The IRIs of the concepts named (by identifier) in a list parameter such as {@code theme=a,b}. */
	public Set<String> concepts(String name, @Nullable List<String> values, ConceptScheme scheme) {
		Set<String> iris = new LinkedHashSet<>();
		if (values == null) {
			return iris;
		}
		String schemeIri = scheme.iri(snapshot);
		for (String value : values) {
			if (value.isBlank()) {
				continue;
			}
			Optional<Concept> concept = concepts.find(schemeIri, value);
			if (concept.isPresent()) {
				iris.add(concept.get().iri());
			}
			else {
				List<String> allowed = concepts.inScheme(schemeIri).stream().map(Concept::identifier).sorted().toList();
				errors.add(new InvalidParam(name, "unknownValue",
						"'" + value + "' is not a known value of " + name + "; use one of allowedValues.", allowed));
			}
		}
		return iris;
	}

	/** The IRIs of items that may be identified by slug in a list parameter (e.g. {@code provider=rvo}). */
	public Set<String> resources(String name, @Nullable List<String> values, String type, Predicate<String> exists) {
		Set<String> iris = new LinkedHashSet<>();
		if (values == null) {
			return iris;
		}
		for (String value : values) {
			if (value.isBlank()) {
				continue;
			}
			String iri = snapshot.iri(type, value.strip().toLowerCase(Locale.ROOT));
			if (exists.test(iri)) {
				iris.add(iri);
			}
			else {
				errors.add(InvalidParam.of(name, "unknownValue",
						"'" + value + "' is not a known " + name + "; use an identifier from the " + name + " collection."));
			}
		}
		return iris;
	}

	/** The areas whose items apply in a municipality given by CBS code ({@code GM0344}); empty when not given. */
	public Set<String> municipality(String name, @Nullable String code) {
		return area(name, code, MUNICIPALITY, "a CBS municipality code such as GM0344");
	}

	/** The areas whose items apply in a province given by CBS code ({@code PV26}); empty when not given. */
	public Set<String> province(String name, @Nullable String code) {
		return area(name, code, PROVINCE, "a CBS province code such as PV26");
	}

	private Set<String> area(String name, @Nullable String code, Pattern pattern, String format) {
		if (code == null || code.isBlank()) {
			return Set.of();
		}
		if (!pattern.matcher(code.strip()).matches()) {
			errors.add(InvalidParam.of(name, "malformed", "'" + code + "' is not " + format + "."));
			return Set.of();
		}
		Optional<Concept> area = concepts.find(ConceptScheme.REGIONS.iri(snapshot), code);
		if (area.isEmpty()) {
			errors.add(InvalidParam.of(name, "unknownValue",
					"There is no region with code '" + code + "'; the regions collection lists them."));
			return Set.of();
		}
		return Scopes.areasApplyingIn(concepts, area.get());
	}

	/** The SBI codes whose items apply to the given code; empty when not given. */
	public Set<String> sbi(String name, @Nullable String code) {
		if (code == null || code.isBlank()) {
			return Set.of();
		}
		if (!SBI.matcher(code.strip()).matches()) {
			errors.add(InvalidParam.of(name, "malformed", "'" + code
					+ "' is not an SBI 2025 code: use a section letter (A-V) or 2 to 5 digits without dots, such as 5611."));
			return Set.of();
		}
		Optional<Concept> sbi = concepts.find(ConceptScheme.SBI.iri(snapshot), code);
		if (sbi.isEmpty()) {
			errors.add(InvalidParam.of(name, "unknownValue",
					"There is no SBI 2025 code '" + code + "'; the sbi-codes collection lists them."));
			return Set.of();
		}
		return Scopes.sectorsMatching(concepts, sbi.get());
	}

	/** The words of a text query; matches everything when not given. */
	public TextQuery text(String name, @Nullable String q) {
		if (q == null) {
			return TextQuery.parse("");
		}
		if (q.length() > MAX_TEXT_LENGTH) {
			errors.add(InvalidParam.of(name, "tooLong", "Use at most " + MAX_TEXT_LENGTH + " characters."));
			return TextQuery.parse("");
		}
		return TextQuery.parse(q);
	}

	/** A date ({@code 2026-11-27}) or a date-time with offset, as its date; {@code null} when not given. */
	public @Nullable LocalDate date(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return value.length() <= 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			errors.add(InvalidParam.of(name, "malformed",
					"'" + value + "' is not a date (2026-11-27) or a date-time with offset (2026-11-27T10:00:00Z)."));
			return null;
		}
	}

	/** Throws the collected refusals, if any. */
	public void check() {
		if (!errors.isEmpty()) {
			throw new InvalidParametersException(errors);
		}
	}

}
