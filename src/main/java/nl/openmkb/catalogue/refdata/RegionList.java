package nl.openmkb.catalogue.refdata;

import java.util.Locale;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Builds {@code regions.ttl}: the Netherlands, its provinces, active municipalities and labour-market regions
 * as {@code dct:Location} concepts in {@code <id/scheme/regions>}.
 */
final class RegionList {

	static final String FILE = "regions.ttl";

	static final Resource SCHEME = Ids.id("scheme", "regions");

	private RegionList() {
	}

	static Resource province(Province province) {
		return Ids.id("province", province.slug());
	}

	static Resource province(String code) {
		return Ids.id("province", code.toLowerCase(Locale.ROOT));
	}

	static Resource municipality(Municipality municipality) {
		return Ids.id("municipality", municipality.slug());
	}

	static Resource region(LabourMarketRegion region) {
		return Ids.id("labour-market-region", region.slug());
	}

	static Model build(Areas areas) {
		Model model = ModelFactory.createDefaultModel();
		model.add(SCHEME, RDF.type, SKOS.ConceptScheme)
			.add(SCHEME, DCTerms.title, "Gebieden: Nederland, provincies, gemeenten en arbeidsmarktregio's", "nl")
			.add(SCHEME, DCTerms.title, "Areas: the Netherlands, provinces, municipalities and labour-market regions", "en")
			.add(SCHEME, DCTerms.identifier, "regions")
			.add(SCHEME, SKOS.hasTopConcept, Ids.NETHERLANDS)
			.add(SCHEME, DCTerms.source, Ids.TOOI_PROVINCES)
			.add(SCHEME, DCTerms.source, Ids.TOOI_MUNICIPALITIES)
			.add(SCHEME, DCTerms.source, Ids.UWV_WORK_AREAS)
			.add(SCHEME, DCTerms.modified, Ids.MODIFIED);
		location(model, Ids.NETHERLANDS, "NLD", "NLD", "Nederland", Ids.EU_COUNTRIES)
			.addProperty(SKOS.prefLabel, "Netherlands", "en")
			.addProperty(SKOS.topConceptOf, SCHEME);
		for (Province province : areas.provinces()) {
			location(model, province(province), province.slug(), province.code(), province.name(), Ids.TOOI_PROVINCES)
				.addProperty(SKOS.exactMatch, Ids.iri(province.tooiUri()))
				.addProperty(SKOS.broader, Ids.NETHERLANDS);
		}
		for (LabourMarketRegion region : areas.regions()) {
			location(model, region(region), region.slug(), Integer.toString(region.number()),
					"Arbeidsmarktregio " + region.name(), Ids.UWV_WORK_AREAS)
				.addProperty(SKOS.broader, Ids.NETHERLANDS);
		}
		for (Municipality municipality : areas.municipalities()) {
			Resource concept = location(model, municipality(municipality), municipality.slug(), municipality.code(),
					municipality.name(), Ids.TOOI_MUNICIPALITIES)
				.addProperty(SKOS.exactMatch, Ids.iri(municipality.tooiUri()))
				.addProperty(SKOS.broader, province(municipality.provinceCode()))
				// the labour-market regions come from the UWV decree
				.addProperty(DCTerms.source, Ids.UWV_WORK_AREAS);
			for (LabourMarketRegion region : municipality.regions()) {
				concept.addProperty(SKOS.broader, region(region));
			}
		}
		return model;
	}

	private static Resource location(Model model, Resource iri, String slug, String notation, String labelNl,
			Resource source) {
		return model.createResource(iri.getURI())
			.addProperty(RDF.type, SKOS.Concept)
			.addProperty(RDF.type, DCTerms.Location)
			.addProperty(SKOS.inScheme, SCHEME)
			.addProperty(SKOS.notation, notation)
			.addProperty(SKOS.prefLabel, labelNl, "nl")
			.addProperty(DCTerms.identifier, slug)
			.addProperty(DCTerms.source, source)
			.addProperty(DCTerms.modified, Ids.MODIFIED);
	}

}
