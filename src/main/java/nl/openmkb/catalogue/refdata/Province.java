package nl.openmkb.catalogue.refdata;

import java.util.Locale;

/** A Dutch province from the TOOI value list, e.g. {@code PV26} Utrecht. */
record Province(String code, String name, String tooiUri) {

	static final String FILE = "provincies_tooi_flat.csv";

	static Province from(CsvTable.Row row) {
		return new Province(row.required("cbs_code"), row.required("naam"), row.required("tooi_uri"));
	}

	/** The concept slug, the lowercase CBS code ({@code pv26}). */
	String slug() {
		return this.code.toLowerCase(Locale.ROOT);
	}

	/** The provider slug, {@code provincie-} and the folded name ({@code provincie-fryslan}). */
	String providerSlug() {
		return "provincie-" + Slugs.of(this.name);
	}

}
