package nl.openmkb.catalogue.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.openmkb.catalogue.catalog.CatalogueEntry;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.ConceptScheme;
import nl.openmkb.catalogue.catalog.Concepts;
import nl.openmkb.catalogue.catalog.EntryFilter;
import nl.openmkb.catalogue.catalog.Texts;
import nl.openmkb.catalogue.catalog.guide.Guide;
import nl.openmkb.catalogue.catalog.guide.GuideRepository;
import nl.openmkb.catalogue.catalog.guide.GuideStep;
import nl.openmkb.catalogue.catalog.provider.Channel;
import nl.openmkb.catalogue.catalog.provider.Provider;
import nl.openmkb.catalogue.catalog.provider.ProviderFilter;
import nl.openmkb.catalogue.catalog.provider.ProviderRepository;
import nl.openmkb.catalogue.catalog.regulation.Regulation;
import nl.openmkb.catalogue.catalog.regulation.RegulationRepository;
import nl.openmkb.catalogue.catalog.search.SearchIndex.Fields;
import nl.openmkb.catalogue.catalog.subsidy.Subsidy;
import nl.openmkb.catalogue.catalog.subsidy.SubsidyFilter;
import nl.openmkb.catalogue.catalog.subsidy.SubsidyRepository;

import org.springframework.stereotype.Component;

/**
 * Finds catalogue content by text: builds the {@link SearchIndex} of a snapshot once (on first use after a write)
 * from the same records the collections serve, and filters hits with the collections' filters.
 */
@Component
public class SearchRepository {

	private final SubsidyRepository subsidies;

	private final RegulationRepository regulations;

	private final GuideRepository guides;

	private final ProviderRepository providers;

	public SearchRepository(SubsidyRepository subsidies, RegulationRepository regulations, GuideRepository guides,
			ProviderRepository providers) {
		this.subsidies = subsidies;
		this.regulations = regulations;
		this.guides = guides;
		this.providers = providers;
	}

	/**
	 * The documents matching every word of the text and passing the filter, best first; when no document matches
	 * every word, those matching some words.
	 */
	public List<SearchIndex.Scored> search(CatalogueSnapshot snapshot, String text, SearchFilter filter) {
		SearchIndex index = index(snapshot);
		List<SearchIndex.Scored> found = index.search(text, SearchIndex.Match.ALL, filter.types()).stream()
			.filter(s -> filter.test(s.document()))
			.toList();
		if (found.isEmpty()) {
			found = index.search(text, SearchIndex.Match.ANY, filter.types()).stream()
				.filter(s -> filter.test(s.document()))
				.toList();
		}
		return found;
	}

	/** The index of a snapshot, built once per snapshot. */
	public SearchIndex index(CatalogueSnapshot snapshot) {
		return snapshot.derived(SearchIndex.class, this::build);
	}

	private SearchIndex build(CatalogueSnapshot snapshot) {
		Concepts concepts = Concepts.of(snapshot);
		Function<List<String>, String> labels = iris -> {
			StringBuilder text = new StringBuilder();
			for (String iri : iris) {
				text.append(all(concepts.get(iri).map(Concept::label).orElseGet(() -> snapshot.label(iri)))).append(' ');
			}
			return text.toString();
		};
		List<SearchDocument> documents = new ArrayList<>();
		List<Fields> fields = new ArrayList<>();
		for (Subsidy s : subsidies.find(snapshot, new SubsidyFilter(EntryFilter.none(), java.util.Set.of(),
				java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of()))) {
			CatalogueEntry e = s.entry();
			documents.add(new SearchDocument(e.iri(), SearchType.SUBSIDY, e.identifier(), e.title(), List.of(e.description()), s));
			fields.add(new Fields(all(e.title()), e.identifier(), all(e.description()),
					labels.apply(e.themes()) + labels.apply(e.events()) + labels.apply(s.sectors())
							+ labels.apply(s.authorities()) + labels.apply(s.kind() == null ? List.of() : List.of(s.kind()))));
		}
		for (Regulation r : regulations.find(snapshot, EntryFilter.none())) {
			CatalogueEntry e = r.entry();
			documents.add(new SearchDocument(e.iri(), SearchType.REGULATION, e.identifier(), e.title(), List.of(e.description()), r));
			fields.add(new Fields(all(e.title()), e.identifier() + " " + (r.bwbId() == null ? "" : r.bwbId()),
					all(e.description()), labels.apply(e.themes()) + labels.apply(e.events())));
		}
		for (Guide g : guides.find(snapshot, EntryFilter.none())) {
			CatalogueEntry e = g.entry();
			List<Texts> passages = new ArrayList<>();
			passages.add(e.description());
			StringBuilder body = new StringBuilder(all(e.description()));
			for (GuideStep step : g.steps()) {
				passages.add(step.description());
				body.append(' ').append(all(step.title())).append(' ').append(all(step.description()));
			}
			documents.add(new SearchDocument(e.iri(), SearchType.GUIDE, e.identifier(), e.title(), passages, g));
			fields.add(new Fields(all(e.title()), e.identifier(), body.toString(),
					labels.apply(e.themes()) + labels.apply(e.events())));
		}
		for (Provider p : providers.find(snapshot, new ProviderFilter(EntryFilter.none(), java.util.Set.of(), java.util.Set.of()))) {
			CatalogueEntry e = p.entry();
			StringBuilder body = new StringBuilder(all(e.description()));
			for (Channel channel : p.channels()) {
				body.append(' ').append(all(channel.title()));
			}
			documents.add(new SearchDocument(e.iri(), SearchType.PROVIDER, e.identifier(), e.title(), List.of(e.description()), p));
			fields.add(new Fields(all(e.title()), e.identifier(), body.toString(),
					labels.apply(e.themes()) + labels.apply(p.areas())));
		}
		addConcepts(snapshot, concepts, ConceptScheme.THEMES, SearchType.THEME, documents, fields);
		addConcepts(snapshot, concepts, ConceptScheme.BUSINESS_EVENTS, SearchType.EVENT, documents, fields);
		addConcepts(snapshot, concepts, ConceptScheme.AUDIENCES, SearchType.AUDIENCE, documents, fields);
		addConcepts(snapshot, concepts, ConceptScheme.SBI, SearchType.SBI_CODE, documents, fields);
		return SearchIndex.build(documents, fields);
	}

	private static void addConcepts(CatalogueSnapshot snapshot, Concepts concepts, ConceptScheme scheme, SearchType type,
			List<SearchDocument> documents, List<Fields> fields) {
		for (Concept c : concepts.inScheme(scheme.iri(snapshot))) {
			documents.add(new SearchDocument(c.iri(), type, c.identifier(), c.label(), List.of(c.definition()), c));
			fields.add(new Fields(all(c.label()), c.identifier() + " " + (c.notation() == null ? "" : c.notation()),
					all(c.definition()), ""));
		}
	}

	/** The text in every language, joined. */
	static String all(Texts texts) {
		return String.join(" ", texts.byLanguage().values());
	}

}
