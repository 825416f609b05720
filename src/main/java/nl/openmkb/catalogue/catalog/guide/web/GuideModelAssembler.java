package nl.openmkb.catalogue.catalog.guide.web;

import java.util.ArrayList;
import java.util.List;

import nl.openmkb.catalogue.catalog.CatalogueEntry;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.Ref;
import nl.openmkb.catalogue.catalog.guide.Guide;
import nl.openmkb.catalogue.catalog.guide.GuideStep;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.CsvTable;
import nl.openmkb.catalogue.web.ResourceModel;

import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.LinkRelation;
import org.springframework.stereotype.Component;

/** Turns guides and their steps into HAL models; steps link to the schemes, regulations and providers that help. */
@Component
class GuideModelAssembler {

	private final ApiLinks links;

	GuideModelAssembler(ApiLinks links) {
		this.links = links;
	}

	EntityModel<GuideSummary> toSummary(CatalogueSnapshot snapshot, Guide guide, Language language) {
		CatalogueEntry entry = guide.entry();
		var summary = new GuideSummary(entry.iri(), entry.identifier(), entry.title().in(language, entry.identifier()),
				entry.description().in(language, ""), Ref.of(snapshot, entry.themes(), language), guide.steps().size(),
				entry.modified());
		return EntityModel.of(summary, links.link(GuideLinks.item(entry.identifier()), IanaLinkRelations.SELF));
	}

	GuideModel toModel(CatalogueSnapshot snapshot, Guide guide, Language language) {
		CatalogueEntry entry = guide.entry();
		var details = new GuideDetails(entry.iri(), entry.identifier(), entry.title().in(language, entry.identifier()),
				entry.description().in(language, ""), Ref.of(snapshot, entry.themes(), language),
				Ref.of(snapshot, entry.audiences(), language), Ref.of(snapshot, entry.events(), language), entry.sources(),
				entry.modified());
		List<Link> all = new ArrayList<>();
		all.add(links.link(GuideLinks.item(entry.identifier()), IanaLinkRelations.SELF));
		all.add(links.link(GuideLinks.COLLECTION, IanaLinkRelations.COLLECTION));
		for (GuideStep step : guide.steps()) {
			all.add(links.link(GuideLinks.step(entry.identifier(), step.position()), LinkRelation.of("steps"))
				.withTitle(step.title().in(language, "")));
		}
		add(all, snapshot, entry.themes(), "theme", language);
		add(all, snapshot, entry.audiences(), "audience", language);
		add(all, snapshot, entry.events(), "event", language);
		List<EntityModel<StepDetails>> steps = guide.steps().stream().map(s -> toStepModel(snapshot, guide, s, language)).toList();
		return new GuideModel(details, all, steps, () -> snapshot.describe(List.of(entry.iri())));
	}

	EntityModel<StepDetails> toStepModel(CatalogueSnapshot snapshot, Guide guide, GuideStep step, Language language) {
		String slug = guide.entry().identifier();
		List<Link> all = new ArrayList<>();
		all.add(links.link(GuideLinks.step(slug, step.position()), IanaLinkRelations.SELF));
		all.add(links.link(GuideLinks.item(slug), IanaLinkRelations.UP).withTitle(guide.entry().title().in(language, slug)));
		add(all, snapshot, step.schemes(), "relatedScheme", language);
		add(all, snapshot, step.regulations(), "relatedRegulation", language);
		add(all, snapshot, step.providers(), "relatedProvider", language);
		return EntityModel.of(details(snapshot, step, language), all);
	}

	ResourceModel<StepDetails> toStepResource(CatalogueSnapshot snapshot, Guide guide, GuideStep step, Language language) {
		EntityModel<StepDetails> model = toStepModel(snapshot, guide, step, language);
		return new ResourceModel<>(model.getContent(), model.getLinks(), () -> snapshot.describe(List.of(step.iri())));
	}

	private static StepDetails details(CatalogueSnapshot snapshot, GuideStep step, Language language) {
		return new StepDetails(step.iri(), step.position(), step.title().in(language, ""),
				step.description().in(language, ""), Ref.of(snapshot, step.schemes(), language),
				Ref.of(snapshot, step.regulations(), language), Ref.of(snapshot, step.providers(), language));
	}

	private void add(List<Link> all, CatalogueSnapshot snapshot, List<String> iris, String relation, Language language) {
		all.addAll(links.links(iris, LinkRelation.of(relation), iri -> Ref.of(snapshot, iri, language).label()));
	}

	static CsvTable csv(CatalogueSnapshot snapshot, List<Guide> guides, Language language) {
		List<List<String>> rows = new ArrayList<>();
		for (Guide g : guides) {
			CatalogueEntry e = g.entry();
			rows.add(List.of(e.identifier(), e.title().in(language, ""), e.description().in(language, ""),
					CsvTable.cell(Ref.of(snapshot, e.themes(), language).stream().map(Ref::identifier).toList()),
					Integer.toString(g.steps().size()), e.modified() == null ? "" : e.modified().toString(), e.iri()));
		}
		return new CsvTable(List.of("identifier", "title", "description", "themes", "steps", "modified", "id"), rows);
	}

}
