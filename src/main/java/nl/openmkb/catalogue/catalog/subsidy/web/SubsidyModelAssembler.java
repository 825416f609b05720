package nl.openmkb.catalogue.catalog.subsidy.web;

import java.util.ArrayList;
import java.util.List;

import nl.openmkb.catalogue.catalog.CatalogueEntry;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.Ref;
import nl.openmkb.catalogue.catalog.subsidy.Subsidy;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.CsvTable;
import nl.openmkb.catalogue.web.ResourceModel;

import org.jspecify.annotations.Nullable;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.LinkRelation;
import org.springframework.stereotype.Component;

/** Turns schemes into HAL models linked to their authorities, legal basis, themes, sectors and areas; and into CSV. */
@Component
class SubsidyModelAssembler {

	private final ApiLinks links;

	SubsidyModelAssembler(ApiLinks links) {
		this.links = links;
	}

	EntityModel<SubsidySummary> toSummary(CatalogueSnapshot snapshot, Subsidy subsidy, Language language) {
		CatalogueEntry entry = subsidy.entry();
		var summary = new SubsidySummary(entry.iri(), entry.identifier(), entry.title().in(language, entry.identifier()),
				entry.description().in(language, ""), ref(snapshot, subsidy.kind(), language),
				ref(snapshot, subsidy.status(), language), Ref.of(snapshot, entry.themes(), language),
				Ref.of(snapshot, subsidy.areas(), language), entry.modified());
		return EntityModel.of(summary, links.link(SubsidyLinks.item(entry.identifier()), IanaLinkRelations.SELF));
	}

	ResourceModel<SubsidyDetails> toModel(CatalogueSnapshot snapshot, Subsidy subsidy, Language language) {
		CatalogueEntry entry = subsidy.entry();
		var details = new SubsidyDetails(entry.iri(), entry.identifier(), entry.title().in(language, entry.identifier()),
				entry.description().in(language, ""), ref(snapshot, subsidy.kind(), language),
				ref(snapshot, subsidy.status(), language), Ref.of(snapshot, entry.themes(), language),
				Ref.of(snapshot, entry.audiences(), language), Ref.of(snapshot, entry.events(), language),
				Ref.of(snapshot, subsidy.sectors(), language), Ref.of(snapshot, subsidy.areas(), language),
				Ref.of(snapshot, subsidy.authorities(), language), Ref.of(snapshot, subsidy.legalResources(), language),
				subsidy.pages(), entry.sources(), entry.modified());
		List<Link> all = new ArrayList<>();
		all.add(links.link(SubsidyLinks.item(entry.identifier()), IanaLinkRelations.SELF));
		all.add(links.link(SubsidyLinks.COLLECTION, IanaLinkRelations.COLLECTION));
		add(all, snapshot, subsidy.authorities(), "competentAuthority", language);
		add(all, snapshot, subsidy.legalResources(), "legalResource", language);
		add(all, snapshot, entry.themes(), "theme", language);
		add(all, snapshot, entry.audiences(), "audience", language);
		add(all, snapshot, entry.events(), "event", language);
		add(all, snapshot, subsidy.sectors(), "sector", language);
		add(all, snapshot, subsidy.areas(), "area", language);
		add(all, snapshot, subsidy.kind() == null ? List.of() : List.of(subsidy.kind()), "kind", language);
		add(all, snapshot, subsidy.status() == null ? List.of() : List.of(subsidy.status()), "status", language);
		return new ResourceModel<>(details, all, () -> snapshot.describe(List.of(entry.iri())));
	}

	private void add(List<Link> all, CatalogueSnapshot snapshot, List<String> iris, String relation, Language language) {
		all.addAll(links.links(iris, LinkRelation.of(relation), iri -> Ref.of(snapshot, iri, language).label()));
	}

	private static @Nullable Ref ref(CatalogueSnapshot snapshot, @Nullable String iri, Language language) {
		return iri == null ? null : Ref.of(snapshot, iri, language);
	}

	static CsvTable csv(CatalogueSnapshot snapshot, List<Subsidy> subsidies, Language language) {
		List<List<String>> rows = new ArrayList<>();
		for (Subsidy s : subsidies) {
			CatalogueEntry e = s.entry();
			rows.add(List.of(e.identifier(), e.title().in(language, ""), e.description().in(language, ""),
					identifier(snapshot, s.kind(), language), identifier(snapshot, s.status(), language),
					identifiers(snapshot, e.themes(), language), identifiers(snapshot, e.audiences(), language),
					identifiers(snapshot, e.events(), language), identifiers(snapshot, s.sectors(), language),
					identifiers(snapshot, s.areas(), language), identifiers(snapshot, s.authorities(), language),
					identifiers(snapshot, s.legalResources(), language), CsvTable.cell(s.pages()),
					e.modified() == null ? "" : e.modified().toString(), e.iri()));
		}
		return new CsvTable(List.of("identifier", "title", "description", "kind", "status", "themes", "audiences",
				"events", "sectors", "areas", "competentAuthorities", "legalResources", "officialPages", "modified", "id"),
				rows);
	}

	private static String identifier(CatalogueSnapshot snapshot, @Nullable String iri, Language language) {
		return iri == null ? "" : Ref.of(snapshot, iri, language).identifier();
	}

	private static String identifiers(CatalogueSnapshot snapshot, List<String> iris, Language language) {
		return CsvTable.cell(Ref.of(snapshot, iris, language).stream().map(Ref::identifier).toList());
	}

}
