package nl.openmkb.catalogue.refdata;

import java.util.List;
import java.util.Locale;

/**
 * An active municipality from the TOOI value list with its province and its current labour-market regions.
 */
record Municipality(String code, String name, String tooiUri, String provinceCode, List<LabourMarketRegion> regions) {

	static final String FILE = "gemeenten_tooi_flat.csv";

	/** The concept slug, the lowercase CBS code ({@code gm0344}). */
	String slug() {
		return this.code.toLowerCase(Locale.ROOT);
	}

	/** The provider slug, {@code gemeente-} and the folded name ({@code gemeente-s-gravenhage}). */
	String providerSlug() {
		return "gemeente-" + Slugs.of(this.name);
	}

	String deskSlug() {
		return providerSlug() + "-ondernemersloket";
	}

}
