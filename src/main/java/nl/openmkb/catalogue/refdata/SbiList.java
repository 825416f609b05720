package nl.openmkb.catalogue.refdata;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** Builds {@code sbi-2025.ttl}: the SBI 2025 codes as a SKOS hierarchy in {@code <id/scheme/sbi-2025>}. */
final class SbiList {

	static final String FILE = "sbi-2025.ttl";

	static final Resource SCHEME = Ids.id("scheme", "sbi-2025");

	private SbiList() {
	}

	static Model build(List<SbiCode> codes) {
		Model model = ModelFactory.createDefaultModel();
		model.add(SCHEME, RDF.type, SKOS.ConceptScheme)
			.add(SCHEME, DCTerms.title, "Standaard Bedrijfsindeling (SBI) 2025", "nl")
			.add(SCHEME, DCTerms.title, "Dutch Standard Industrial Classification (SBI) 2025", "en")
			.add(SCHEME, DCTerms.identifier, "sbi-2025")
			.add(SCHEME, DCTerms.source, Ids.CBS_SBI)
			.add(SCHEME, DCTerms.modified, Ids.MODIFIED);
		for (SbiCode code : codes) {
			Resource concept = Ids.id("sbi", code.slug());
			model.add(concept, RDF.type, SKOS.Concept)
				.add(concept, SKOS.inScheme, SCHEME)
				.add(concept, SKOS.notation, code.code())
				.add(concept, SKOS.prefLabel, code.labelNl(), "nl")
				.add(concept, SKOS.prefLabel, code.labelEn(), "en")
				.add(concept, DCTerms.identifier, code.slug())
				.add(concept, DCTerms.source, Ids.CBS_SBI)
				.add(concept, DCTerms.modified, Ids.MODIFIED);
			if (code.isSection()) {
				model.add(concept, SKOS.topConceptOf, SCHEME).add(SCHEME, SKOS.hasTopConcept, concept);
			}
			else {
				model.add(concept, SKOS.broader, Ids.id("sbi", code.parentSlug()));
			}
		}
		return model;
	}

}
