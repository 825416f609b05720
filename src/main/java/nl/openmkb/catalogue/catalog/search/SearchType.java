package nl.openmkb.catalogue.catalog.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of things search finds; the identifier is what the {@code type} parameter takes. */
public enum SearchType {

	/** A scheme (subsidy, tax scheme, guarantee …). */
	SUBSIDY("subsidy"),
	/** A regulation. */
	REGULATION("regulation"),
	/** A transition guide (its steps are searched with it). */
	GUIDE("guide"),
	/** A provider. */
	PROVIDER("provider"),
	/** A theme. */
	THEME("theme"),
	/** A business event. */
	EVENT("event"),
	/** An audience. */
	AUDIENCE("audience"),
	/** An SBI 2025 code. */
	SBI_CODE("sbi-code");

	private final String identifier;

	SearchType(String identifier) {
		this.identifier = identifier;
	}

	/** The identifier used in the API ({@code subsidy}, {@code sbi-code} …). */
	public String identifier() {
		return identifier;
	}

	/** Whether items of this type are catalogue entries (with themes, audiences, events and a date). */
	public boolean isEntry() {
		return ordinal() <= PROVIDER.ordinal();
	}

	/** The type with this identifier, case-insensitively. */
	public static Optional<SearchType> of(String identifier) {
		String wanted = identifier.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(t -> t.identifier.equals(wanted)).findFirst();
	}

	/** Every identifier, in order. */
	public static List<String> identifiers() {
		return Arrays.stream(values()).map(SearchType::identifier).toList();
	}

}
