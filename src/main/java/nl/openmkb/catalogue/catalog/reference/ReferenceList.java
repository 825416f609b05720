package nl.openmkb.catalogue.catalog.reference;

import java.util.List;

import nl.openmkb.catalogue.catalog.ConceptScheme;

/** A reference list the API publishes: its path, its concept scheme and the IRI type segments of its concepts. */
public enum ReferenceList {

	/** Themes. */
	THEMES("themes", ConceptScheme.THEMES, List.of("theme")),
	/** Business events. */
	EVENTS("events", ConceptScheme.BUSINESS_EVENTS, List.of("event")),
	/** Audiences (segments of entrepreneurs). */
	AUDIENCES("audiences", ConceptScheme.AUDIENCES, List.of("audience")),
	/** SBI 2025 activity codes, hierarchical. */
	SBI_CODES("sbi-codes", ConceptScheme.SBI, List.of("sbi")),
	/** The Netherlands, provinces, labour-market regions and municipalities. */
	REGIONS("regions", ConceptScheme.REGIONS, List.of("municipality", "province", "labour-market-region")),
	/** Statuses of a scheme (open, closed …). */
	STATUSES("statuses", ConceptScheme.STATUSES, List.of("status")),
	/** Kinds of scheme (subsidy, tax scheme, loan …). */
	SCHEME_KINDS("scheme-kinds", ConceptScheme.SCHEME_KINDS, List.of("scheme-kind"));

	private final String path;

	private final ConceptScheme scheme;

	private final List<String> types;

	ReferenceList(String path, ConceptScheme scheme, List<String> types) {
		this.path = path;
		this.scheme = scheme;
		this.types = types;
	}

	/** The collection's path segment, e.g. {@code sbi-codes}. */
	public String path() {
		return path;
	}

	/** The concept scheme behind it. */
	public ConceptScheme scheme() {
		return scheme;
	}

	/** The type segments of the IRIs of its concepts ({@code id/theme/…}). */
	public List<String> types() {
		return types;
	}

}
