package nl.openmkb.catalogue.refdata;

import nl.openmkb.catalogue.vocab.CV;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Builds {@code regional-providers.ttl}: a public organisation per province, per active municipality (with
 * its business desk) and per labour-market region (its employer service point).
 */
final class ProviderList {

	static final String FILE = "regional-providers.ttl";

	private ProviderList() {
	}

	static Model build(Areas areas) {
		Model model = ModelFactory.createDefaultModel();
		for (Province province : areas.provinces()) {
			String name = province.name();
			Resource tooi = Ids.iri(province.tooiUri());
			organisation(model, province.providerSlug(), "Provincie " + name, "Province of " + name, tooi)
				.addProperty(DCTerms.description, "De provincie " + name + " is de regionale overheid. Zij voert "
						+ "regelingen uit voor ondernemers in de provincie, onder meer voor verduurzaming, innovatie "
						+ "en financiering.", "nl")
				.addProperty(DCTerms.description, "The Province of " + name + " is the regional government. It runs "
						+ "schemes for businesses in the province, among others for sustainability, innovation and "
						+ "financing.", "en")
				.addProperty(DCTerms.spatial, RegionList.province(province))
				.addProperty(OWL.sameAs, tooi)
				.addProperty(DCAT.theme, Ids.theme("verduurzaming"))
				.addProperty(DCAT.theme, Ids.theme("innovatie"))
				.addProperty(DCAT.theme, Ids.theme("financiering"));
		}
		for (Municipality municipality : areas.municipalities()) {
			String name = municipality.name();
			Resource tooi = Ids.iri(municipality.tooiUri());
			Resource desk = Ids.id("channel", municipality.deskSlug());
			Resource provider = organisation(model, municipality.providerSlug(), "Gemeente " + name,
					"Municipality of " + name, tooi)
				.addProperty(DCTerms.description, "De gemeente " + name + " is voor ondernemers het eerste "
						+ "aanspreekpunt in de buurt: voor vergunningen, lokale regels en hulp bij geldproblemen, "
						+ "zoals de Bbz voor zelfstandigen.", "nl")
				.addProperty(DCTerms.description, "The municipality of " + name + " is the local point of contact "
						+ "for businesses: permits, local rules and help with money problems, such as Bbz support "
						+ "for the self-employed.", "en")
				.addProperty(DCTerms.spatial, RegionList.municipality(municipality))
				.addProperty(OWL.sameAs, tooi)
				.addProperty(DCAT.theme, Ids.theme("starten"))
				.addProperty(DCAT.theme, Ids.theme("wet-en-regelgeving"))
				.addProperty(DCAT.theme, Ids.theme("zwaar-weer"))
				.addProperty(CV.hasChannel, desk);
			model.createResource(desk.getURI())
				.addProperty(RDF.type, CV.Channel)
				.addProperty(DCTerms.type, Ids.id("channel-type", "loket"))
				.addProperty(CV.ownedBy, provider)
				.addProperty(DCTerms.identifier, municipality.deskSlug())
				.addProperty(DCTerms.title, "Ondernemersloket gemeente " + name, "nl")
				.addProperty(DCTerms.title, "Business desk of the municipality of " + name, "en")
				.addProperty(DCTerms.description, "Het ondernemersloket is het aanspreekpunt van de gemeente " + name
						+ " voor ondernemers: voor vergunningen, lokale regels en Bbz-steun voor zelfstandigen.", "nl")
				.addProperty(DCTerms.description, "The business desk is the contact point of the municipality of "
						+ name + " for entrepreneurs: permits, local rules and Bbz support for the self-employed.", "en")
				.addProperty(DCTerms.source, tooi)
				.addProperty(DCTerms.modified, Ids.MODIFIED);
		}
		for (LabourMarketRegion region : areas.regions()) {
			String name = region.name();
			organisation(model, region.providerSlug(), "Werkgeversservicepunt " + name, "Employer service point " + name,
					Ids.UWV_WORK_AREAS)
				.addProperty(DCTerms.description, "Het Werkgeversservicepunt " + name + " helpt werkgevers in de "
						+ "arbeidsmarktregio " + name + " bij het vinden van personeel. Gemeenten en UWV werken "
						+ "hierin samen.", "nl")
				.addProperty(DCTerms.description, "The employer service point " + name + " helps employers in the "
						+ name + " labour-market region to find staff. Municipalities and UWV work together in it.", "en")
				.addProperty(DCTerms.spatial, RegionList.region(region))
				.addProperty(DCAT.theme, Ids.theme("arbeidsmarkt-en-personeel"));
		}
		return model;
	}

	private static Resource organisation(Model model, String slug, String nameNl, String nameEn, Resource source) {
		return model.createResource(Ids.id("provider", slug).getURI())
			.addProperty(RDF.type, CV.PublicOrganisation)
			.addProperty(DCTerms.identifier, slug)
			.addProperty(SKOS.prefLabel, nameNl, "nl")
			.addProperty(SKOS.prefLabel, nameEn, "en")
			.addProperty(DCTerms.title, nameNl, "nl")
			.addProperty(DCTerms.title, nameEn, "en")
			.addProperty(DCTerms.source, source)
			.addProperty(DCTerms.modified, Ids.MODIFIED);
	}

}
