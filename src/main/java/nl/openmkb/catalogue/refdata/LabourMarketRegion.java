package nl.openmkb.catalogue.refdata;

/** One of the 35 labour-market regions of the Besluit werkgebieden UWV 2015, by number and 2015 name. */
record LabourMarketRegion(int number, String name) {

	static final String FILE = "arbeidsmarktregios_uwv2015_gemeenten.csv";

	/** The concept slug, the folded name ({@code zaanstreek-waterland}). */
	String slug() {
		return Slugs.of(this.name);
	}

	String providerSlug() {
		return "werkgeversservicepunt-" + slug();
	}

}
