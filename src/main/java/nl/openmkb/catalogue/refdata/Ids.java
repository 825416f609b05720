package nl.openmkb.catalogue.refdata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** IRIs and constants shared by the generated lists; catalogue IRIs hang off a placeholder base. */
final class Ids {

	/**
	 * Placeholder base for catalogue IRIs while building; the Turtle writer strips it so that the files
	 * hold relative IRIs, which the application resolves against its own base URL.
	 */
	static final String BASE = "http://base.invalid/";

	/** The date these lists were written and checked; a constant so that output is reproducible. */
	static final Literal MODIFIED = ResourceFactory.createTypedLiteral("2026-11-27", XSDDatatype.XSDdate);

	static final Resource NETHERLANDS = iri("http://publications.europa.eu/resource/authority/country/NLD");

	static final Resource EU_COUNTRIES = iri("http://publications.europa.eu/resource/authority/country");

	static final Resource CBS_SBI = iri("https://www.cbs.nl/standaard-bedrijfsindeling");

	static final Resource TOOI_MUNICIPALITIES = iri("https://identifier.overheid.nl/tooi/set/rwc_gemeenten_compleet/4");

	static final Resource TOOI_PROVINCES = iri("https://identifier.overheid.nl/tooi/set/rwc_provincies_compleet/1");

	/** Besluit werkgebieden UWV 2015, whose Bijlage 3 lists the labour-market regions. */
	static final Resource UWV_WORK_AREAS = iri("https://wetten.overheid.nl/BWBR0036164");

	private Ids() {
	}

	/** The catalogue resource {@code <id/{type}/{slug}>}. */
	static Resource id(String type, String slug) {
		if (!Slugs.SLUG.matcher(type).matches() || !Slugs.SLUG.matcher(slug).matches()) {
			throw new IllegalArgumentException("Not a slug: " + type + "/" + slug);
		}
		return iri(BASE + "id/" + type + "/" + slug);
	}

	static Resource theme(String slug) {
		return id("theme", slug);
	}

	static Resource iri(String iri) {
		return ResourceFactory.createResource(iri);
	}

}
