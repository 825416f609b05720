package nl.openmkb.catalogue.catalog;

/** The SKOS concept schemes of the catalogue, each at {@code {base}id/scheme/{slug}}. */
public enum ConceptScheme {

	/** Themes ({@code id/theme/…}). */
	THEMES("themes"),
	/** Business events ({@code id/event/…}). */
	BUSINESS_EVENTS("business-events"),
	/** Audiences ({@code id/audience/…}). */
	AUDIENCES("audiences"),
	/** Kinds of scheme ({@code id/scheme-kind/…}). */
	SCHEME_KINDS("scheme-kinds"),
	/** Statuses of a scheme ({@code id/status/…}). */
	STATUSES("statuses"),
	/** Channel types ({@code id/channel-type/…}). */
	CHANNEL_TYPES("channel-types"),
	/** SBI 2025 activity codes ({@code id/sbi/…}). */
	SBI("sbi-2025"),
	/** The Netherlands, provinces, municipalities and labour-market regions. */
	REGIONS("regions");

	private final String slug;

	ConceptScheme(String slug) {
		this.slug = slug;
	}

	/** The scheme's IRI in a deployment. */
	public String iri(String base) {
		return base + "id/scheme/" + slug;
	}

	/** The scheme's IRI in the snapshot's deployment. */
	public String iri(CatalogueSnapshot snapshot) {
		return iri(snapshot.base());
	}

}
