package nl.openmkb.catalogue.catalog.provider.web;

import java.util.ArrayList;
import java.util.List;

import nl.openmkb.catalogue.catalog.CatalogueEntry;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.Ref;
import nl.openmkb.catalogue.catalog.provider.Channel;
import nl.openmkb.catalogue.catalog.provider.Provider;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.CsvTable;
import nl.openmkb.catalogue.web.ResourceModel;

import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.LinkRelation;
import org.springframework.stereotype.Component;

/** Turns providers into HAL models linked to their themes, areas and referrals; and into CSV. */
@Component
class ProviderModelAssembler {

	private final ApiLinks links;

	ProviderModelAssembler(ApiLinks links) {
		this.links = links;
	}

	EntityModel<ProviderSummary> toSummary(CatalogueSnapshot snapshot, Provider provider, Language language) {
		CatalogueEntry entry = provider.entry();
		var summary = new ProviderSummary(entry.iri(), entry.identifier(), entry.title().in(language, entry.identifier()),
				entry.description().in(language, ""), organisationType(provider), Ref.of(snapshot, entry.themes(), language),
				Ref.of(snapshot, provider.areas(), language), entry.modified());
		return EntityModel.of(summary, links.link(ProviderLinks.item(entry.identifier()), IanaLinkRelations.SELF));
	}

	ResourceModel<ProviderDetails> toModel(CatalogueSnapshot snapshot, Provider provider, Language language) {
		CatalogueEntry entry = provider.entry();
		List<ChannelView> channels = provider.channels().stream().map(c -> channel(snapshot, c, language)).toList();
		var details = new ProviderDetails(entry.iri(), entry.identifier(), entry.title().in(language, entry.identifier()),
				entry.description().in(language, ""), organisationType(provider), Ref.of(snapshot, entry.themes(), language),
				Ref.of(snapshot, provider.areas(), language), channels, provider.homepage(), provider.sameAs(),
				Ref.of(snapshot, provider.refersTo(), language), entry.sources(), entry.modified());
		List<Link> all = new ArrayList<>();
		all.add(links.link(ProviderLinks.item(entry.identifier()), IanaLinkRelations.SELF));
		all.add(links.link(ProviderLinks.COLLECTION, IanaLinkRelations.COLLECTION));
		all.addAll(links.links(entry.themes(), LinkRelation.of("theme"), iri -> Ref.of(snapshot, iri, language).label()));
		all.addAll(links.links(provider.areas(), LinkRelation.of("area"), iri -> Ref.of(snapshot, iri, language).label()));
		all.addAll(links.links(provider.refersTo(), LinkRelation.of("refersTo"), iri -> Ref.of(snapshot, iri, language).label()));
		List<String> described = new ArrayList<>(List.of(entry.iri()));
		provider.channels().forEach(c -> described.add(c.iri()));
		return new ResourceModel<>(details, all, () -> snapshot.describe(described));
	}

	private static ChannelView channel(CatalogueSnapshot snapshot, Channel channel, Language language) {
		return new ChannelView(channel.iri(), channel.identifier(),
				channel.type() == null ? null : Ref.of(snapshot, channel.type(), language),
				channel.title().in(language, channel.identifier()), channel.description().in(language), channel.pages(),
				channel.telephones(), channel.emails());
	}

	private static String organisationType(Provider provider) {
		return provider.publicOrganisation() ? "public" : "private";
	}

	static CsvTable csv(CatalogueSnapshot snapshot, List<Provider> providers, Language language) {
		List<List<String>> rows = new ArrayList<>();
		for (Provider p : providers) {
			CatalogueEntry e = p.entry();
			rows.add(List.of(e.identifier(), e.title().in(language, ""), e.description().in(language, ""),
					organisationType(p), identifiers(snapshot, e.themes(), language),
					identifiers(snapshot, p.areas(), language), p.homepage() == null ? "" : p.homepage(),
					CsvTable.cell(p.channels().stream().flatMap(c -> c.telephones().stream()).toList()),
					e.modified() == null ? "" : e.modified().toString(), e.iri()));
		}
		return new CsvTable(List.of("identifier", "title", "description", "organisationType", "themes", "areas",
				"homepage", "telephones", "modified", "id"), rows);
	}

	private static String identifiers(CatalogueSnapshot snapshot, List<String> iris, Language language) {
		return CsvTable.cell(Ref.of(snapshot, iris, language).stream().map(Ref::identifier).toList());
	}

}
