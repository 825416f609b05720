package nl.openmkb.catalogue.catalog.reference.web;

import java.util.ArrayList;
import java.util.List;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.Concepts;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.Ref;
import nl.openmkb.catalogue.catalog.reference.ReferenceList;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.CsvTable;
import nl.openmkb.catalogue.web.ResourceModel;

import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.LinkRelation;
import org.springframework.stereotype.Component;

/** Turns concepts into HAL models with links to their list and to their broader and narrower concepts. */
@Component
class ConceptModelAssembler {

	private final ApiLinks links;

	ConceptModelAssembler(ApiLinks links) {
		this.links = links;
	}

	EntityModel<ConceptSummary> toSummary(Concept concept, ReferenceList list, Language language) {
		return EntityModel.of(ConceptSummary.of(concept, language),
				links.link(ReferenceLinks.item(list, concept.identifier()), IanaLinkRelations.SELF));
	}

	ResourceModel<ConceptDetails> toModel(CatalogueSnapshot snapshot, Concept concept, ReferenceList list,
			Language language) {
		List<String> narrower = Concepts.of(snapshot).narrower(concept.iri());
		ConceptDetails details = ConceptDetails.of(concept, Ref.of(snapshot, concept.broader(), language),
				Ref.of(snapshot, narrower, language), language);
		List<Link> all = new ArrayList<>();
		all.add(links.link(ReferenceLinks.item(list, concept.identifier()), IanaLinkRelations.SELF));
		all.add(links.link(ReferenceLinks.collection(list), IanaLinkRelations.COLLECTION));
		all.addAll(links.links(concept.broader(), LinkRelation.of("broader"), iri -> Ref.of(snapshot, iri, language).label()));
		all.addAll(links.links(narrower, LinkRelation.of("narrower"), iri -> Ref.of(snapshot, iri, language).label()));
		return new ResourceModel<>(details, all, () -> snapshot.describe(List.of(concept.iri())));
	}

	static CsvTable csv(List<Concept> concepts, Language language) {
		List<List<String>> rows = concepts.stream()
			.map(c -> List.of(c.identifier(), c.notation() == null ? "" : c.notation(), c.type(),
					c.label().in(language, ""), c.definition().in(language, ""),
					CsvTable.cell(c.broader().stream().map(ConceptModelAssembler::lastSegment).toList()), c.iri()))
			.toList();
		return new CsvTable(List.of("identifier", "notation", "type", "label", "definition", "broader", "id"), rows);
	}

	private static String lastSegment(String iri) {
		return iri.substring(iri.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
	}

}
