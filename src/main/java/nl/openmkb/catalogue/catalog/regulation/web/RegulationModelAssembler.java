package nl.openmkb.catalogue.catalog.regulation.web;

import java.util.ArrayList;
import java.util.List;

import nl.openmkb.catalogue.catalog.CatalogueEntry;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.Ref;
import nl.openmkb.catalogue.catalog.regulation.Regulation;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.CsvTable;
import nl.openmkb.catalogue.web.ResourceModel;

import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.LinkRelation;
import org.springframework.stereotype.Component;

/** Turns regulations into HAL models linked to their themes, audiences and events; and into CSV. */
@Component
class RegulationModelAssembler {

	private final ApiLinks links;

	RegulationModelAssembler(ApiLinks links) {
		this.links = links;
	}

	EntityModel<RegulationSummary> toSummary(CatalogueSnapshot snapshot, Regulation regulation, Language language) {
		CatalogueEntry entry = regulation.entry();
		var summary = new RegulationSummary(entry.iri(), entry.identifier(), regulation.bwbId(),
				entry.title().in(language, entry.identifier()), entry.description().in(language, ""),
				Ref.of(snapshot, entry.themes(), language), entry.modified());
		return EntityModel.of(summary, links.link(RegulationLinks.item(entry.identifier()), IanaLinkRelations.SELF));
	}

	ResourceModel<RegulationDetails> toModel(CatalogueSnapshot snapshot, Regulation regulation, Language language) {
		CatalogueEntry entry = regulation.entry();
		var details = new RegulationDetails(entry.iri(), entry.identifier(), regulation.bwbId(),
				entry.title().in(language, entry.identifier()), entry.description().in(language, ""),
				Ref.of(snapshot, entry.themes(), language), Ref.of(snapshot, entry.audiences(), language),
				Ref.of(snapshot, entry.events(), language), regulation.pages(), entry.sources(), entry.modified());
		List<Link> all = new ArrayList<>();
		all.add(links.link(RegulationLinks.item(entry.identifier()), IanaLinkRelations.SELF));
		all.add(links.link(RegulationLinks.COLLECTION, IanaLinkRelations.COLLECTION));
		all.addAll(links.links(entry.themes(), LinkRelation.of("theme"), iri -> Ref.of(snapshot, iri, language).label()));
		all.addAll(links.links(entry.audiences(), LinkRelation.of("audience"), iri -> Ref.of(snapshot, iri, language).label()));
		all.addAll(links.links(entry.events(), LinkRelation.of("event"), iri -> Ref.of(snapshot, iri, language).label()));
		return new ResourceModel<>(details, all, () -> snapshot.describe(List.of(entry.iri())));
	}

	static CsvTable csv(CatalogueSnapshot snapshot, List<Regulation> regulations, Language language) {
		List<List<String>> rows = new ArrayList<>();
		for (Regulation r : regulations) {
			CatalogueEntry e = r.entry();
			rows.add(List.of(e.identifier(), r.bwbId() == null ? "" : r.bwbId(), e.title().in(language, ""),
					e.description().in(language, ""), identifiers(snapshot, e.themes(), language),
					identifiers(snapshot, e.audiences(), language), identifiers(snapshot, e.events(), language),
					CsvTable.cell(r.pages()), e.modified() == null ? "" : e.modified().toString(), e.iri()));
		}
		return new CsvTable(List.of("identifier", "bwbId", "title", "description", "themes", "audiences", "events",
				"officialPages", "modified", "id"), rows);
	}

	private static String identifiers(CatalogueSnapshot snapshot, List<String> iris, Language language) {
		return CsvTable.cell(Ref.of(snapshot, iris, language).stream().map(Ref::identifier).toList());
	}

}
