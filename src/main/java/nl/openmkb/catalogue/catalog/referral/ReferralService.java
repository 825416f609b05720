package nl.openmkb.catalogue.catalog.referral;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.openmkb.catalogue.catalog.CatalogueEntry;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.Concepts;
import nl.openmkb.catalogue.catalog.EntryFilter;
import nl.openmkb.catalogue.catalog.Scopes;
import nl.openmkb.catalogue.catalog.Terms;
import nl.openmkb.catalogue.catalog.guide.Guide;
import nl.openmkb.catalogue.catalog.guide.GuideRepository;
import nl.openmkb.catalogue.catalog.guide.GuideStep;
import nl.openmkb.catalogue.catalog.provider.Provider;
import nl.openmkb.catalogue.catalog.provider.ProviderFilter;
import nl.openmkb.catalogue.catalog.provider.ProviderRepository;
import nl.openmkb.catalogue.catalog.referral.Referral.Inferred;
import nl.openmkb.catalogue.catalog.referral.Referral.Interpretation;
import nl.openmkb.catalogue.catalog.referral.Referral.Ranked;
import nl.openmkb.catalogue.catalog.referral.Referral.Reason;
import nl.openmkb.catalogue.catalog.regulation.Regulation;
import nl.openmkb.catalogue.catalog.regulation.RegulationRepository;
import nl.openmkb.catalogue.catalog.search.DutchAnalysis;
import nl.openmkb.catalogue.catalog.search.SearchType;
import nl.openmkb.catalogue.catalog.subsidy.Subsidy;
import nl.openmkb.catalogue.catalog.subsidy.SubsidyFilter;
import nl.openmkb.catalogue.catalog.subsidy.SubsidyRepository;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Refers a question and a profile to providers, schemes, regulations and guides. The rules (weights in the constants
 * below) are explained with examples in {@code docs/api/referrals.md}; keep the two in step.
 */
@Service
public class ReferralService {

	/** Points for an item tagged with a theme of the request (times the theme's weight). */
	static final double THEME = 10;

	/** Points for an item grouped by a business event of the request (times the event's weight). */
	static final double EVENT = 12;

	/** Points for an item for an audience of the request. */
	static final double AUDIENCE = 3;

	/** Most points for the question's words in an item's text (relative to the best item of its type). */
	static final double WORDS = 8;

	/** Points for a scheme bound to the business's sector. */
	static final double SECTOR = 6;

	/** Points for a scheme of the business's own municipality, region or province. */
	static final double LOCAL = 4;

	/** Least relevance (themes, events, words) for a scheme, regulation or guide to be listed. */
	static final double THRESHOLD = 6;

	/** Points for a provider that the question names. */
	static final double NAMED = 15;

	/** Points for a provider that is competent authority of the first scheme of the answer. */
	static final double FIRST_AUTHORITY = 10;

	/** Points for a provider per other scheme in the answer it is competent authority of, and the cap of all. */
	static final double AUTHORITY = 3;

	static final double AUTHORITY_CAP = 13;

	/** Points for a provider per step of a guide in the answer that names it, and their cap. */
	static final double GUIDE_STEP = 2;

	static final double GUIDE_STEP_CAP = 6;

	/** Points for the most specific area a provider serves. */
	static final double MUNICIPALITY = 8;

	static final double LABOUR_MARKET_REGION = 7;

	static final double PROVINCE = 5;

	static final double NATIONAL = 0;

	/** Most points for the question's words in a provider's text. */
	static final double PROVIDER_WORDS = 6;

	/** How many of each are answered. */
	static final int PROVIDERS = 5;

	static final int SCHEMES = 5;

	static final int REGULATIONS = 5;

	static final int GUIDES = 3;

	/** The provider every entrepreneur can start with, named when nothing else fits. */
	static final String FIRST_DESK = "kvk";

	private final SubsidyRepository subsidies;

	private final RegulationRepository regulations;

	private final GuideRepository guides;

	private final ProviderRepository providers;

	public ReferralService(SubsidyRepository subsidies, RegulationRepository regulations, GuideRepository guides,
			ProviderRepository providers) {
		this.subsidies = subsidies;
		this.regulations = regulations;
		this.guides = guides;
		this.providers = providers;
	}

	/** The referral for a request. */
	public Referral refer(CatalogueSnapshot snapshot, ReferralRequest request) {
		Concepts concepts = Concepts.of(snapshot);
		Interpretation interpretation = interpret(snapshot, concepts, request);
		Text text = new Text(snapshot, request.question());

		Set<String> areas = applicableAreas(concepts, interpretation);
		Set<String> sectors = request.sector() == null ? Set.of() : Scopes.sectorsMatching(concepts, request.sector());
		// Without a place only national schemes and providers apply: a regional one may be the wrong door.
		var schemeFilter = new SubsidyFilter(EntryFilter.none(), sectors, areas, Set.of(), Set.of(), Set.of(), Set.of());
		List<Ranked<Subsidy>> schemes = rank(subsidies.find(snapshot, schemeFilter), Subsidy::entry, interpretation,
				text, (s, reasons) -> schemeExtras(s, reasons, request, sectors, areas));
		schemes = new ArrayList<>(schemes);
		schemes.sort(Comparator.comparingInt((Ranked<Subsidy> r) -> statusRank(snapshot, r.item().status())));
		schemes = top(schemes, SCHEMES);
		List<Ranked<Regulation>> laws = top(rank(regulations.find(snapshot, EntryFilter.none()), Regulation::entry,
				interpretation, text, (r, reasons) -> 0), REGULATIONS);
		List<Ranked<Guide>> steps = top(rank(guides.find(snapshot, EntryFilter.none()), Guide::entry, interpretation,
				text, (g, reasons) -> 0), GUIDES);
		List<Ranked<Provider>> doors = providers(snapshot, concepts, interpretation, text, areas, schemes, steps);
		return new Referral(interpretation, doors, schemes, laws, steps);
	}

	// ---------------------------------------------------------------------------------------------------- reading

	private static Interpretation interpret(CatalogueSnapshot snapshot, Concepts concepts, ReferralRequest request) {
		List<Inferred> themes = new ArrayList<>();
		List<Inferred> events = new ArrayList<>();
		List<Inferred> audiences = new ArrayList<>();
		request.themes().forEach(c -> themes.add(new Inferred(c, "given", List.of(), 1)));
		request.events().forEach(c -> events.add(new Inferred(c, "given", List.of(), 1)));
		request.audiences().forEach(c -> audiences.add(new Inferred(c, "given", List.of(), 1)));
		if (request.employees() != null) {
			String audience = request.employees() == 0 ? "zzp"
					: request.employees() < 50 ? "kleine-onderneming" : request.employees() < 250 ? "middelgrote-onderneming" : null;
			if (audience != null) {
				concepts.find(nl.openmkb.catalogue.catalog.ConceptScheme.AUDIENCES.iri(snapshot), audience)
					.filter(c -> audiences.stream().noneMatch(a -> a.concept().equals(c)))
					.ifPresent(c -> audiences.add(new Inferred(c, "employees", List.of(), 1)));
			}
		}
		if (request.question() != null) {
			List<QuestionReader.Match> matches = QuestionReader.of(snapshot).read(request.question());
			addInferred(themes, matches, "/theme/");
			addInferred(events, matches, "/event/");
			addInferred(audiences, matches, "/audience/");
		}
		Concept municipality = request.municipality();
		Concept province = request.province();
		List<Concept> regions = new ArrayList<>();
		if (municipality != null) {
			for (String broader : municipality.broader()) {
				Concept area = concepts.get(broader).orElse(null);
				if (area != null && area.type().equals("province") && province == null) {
					province = area;
				}
				else if (area != null && area.type().equals("labour-market-region")) {
					regions.add(area);
				}
			}
		}
		return new Interpretation(themes, events, audiences, request.sector(), municipality,
				request.replacedMunicipality(), province, regions);
	}

	private static void addInferred(List<Inferred> list, List<QuestionReader.Match> matches, String type) {
		int best = matches.stream().filter(m -> m.concept().iri().contains(type)).mapToInt(QuestionReader.Match::score)
			.max().orElse(0);
		for (QuestionReader.Match match : matches) {
			if (match.concept().iri().contains(type)
					&& list.stream().noneMatch(i -> i.concept().equals(match.concept()))) {
				list.add(new Inferred(match.concept(), "question", match.words(), (double) match.score() / best));
			}
		}
	}

	private static Set<String> applicableAreas(Concepts concepts, Interpretation interpretation) {
		if (interpretation.municipality() != null) {
			return Scopes.areasApplyingIn(concepts, interpretation.municipality());
		}
		if (interpretation.province() != null) {
			return Scopes.areasApplyingIn(concepts, interpretation.province());
		}
		return Set.of(Terms.NETHERLANDS);
	}

	/** The question's words and how well each indexed item matches them. */
	private final class Text {

		private final Set<String> terms;

		private final List<String> words;

		private final Map<String, Double> relative = new HashMap<>();

		private final Map<String, Double> providerPoints = new HashMap<>();

		private final Map<String, ItemText> itemTerms;

		private final List<String> wordStems;

		Text(CatalogueSnapshot snapshot, @Nullable String question) {
			ItemTerms all = snapshot.derived(ItemTerms.class, ReferralService.this::itemTerms);
			this.itemTerms = all.byIri();
			List<String> found = new ArrayList<>();
			List<String> stems = new ArrayList<>();
			if (question != null) {
				for (DutchAnalysis.Token token : DutchAnalysis.tokens(question)) {
					found.add(question.substring(token.start(), token.end()));
					stems.add(token.term());
				}
			}
			this.words = found;
			this.wordStems = stems;
			this.terms = new LinkedHashSet<>(stems);
			if (!terms.isEmpty()) {
				Map<String, Double> weights = new HashMap<>();
				double most = 0;
				for (String stem : terms) {
					weights.put(stem, all.weight(stem));
					most += 2 * weights.get(stem);
				}
				double possible = most;
				// Per word, the items having it (kept per snapshot), instead of every item's terms searched per word.
				double[] points = new double[all.items().size()];
				for (String stem : terms) {
					double weight = weights.get(stem);
					StemItems with = all.with(stem);
					for (int i : with.inTitle()) {
						points[i] += weight * 2;
					}
					for (int i : with.elsewhere()) {
						points[i] += weight * 1;
					}
				}
				for (int i = 0; i < points.length; i++) {
					if (points[i] > 0) {
						ItemText item = all.items().get(i);
						relative.put(item.iri(), points[i] / possible);
						if (item.type() == SearchType.PROVIDER) {
							providerPoints.put(item.iri(), points[i]);
						}
					}
				}
				double bestProvider = providerPoints.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
				providerPoints.replaceAll((iri, sum) -> sum / bestProvider);
			}
		}

		/**
		 * How well the item matches the question, from 0 to 1: per distinct word of the question, its rarity
		 * ({@code ln(items / items with the word)}) twice when the word is in the item's title, once when it is
		 * elsewhere in its text; divided by what every word in the title would give.
		 */
		double relevance(String iri) {
			return relative.getOrDefault(iri, 0.0);
		}

		/**
		 * How well a provider's name and description match the question, from 0 to 1, relative to the provider that
		 * matches best (the same points as {@link #relevance}).
		 */
		double providerRelevance(String iri) {
			return providerPoints.getOrDefault(iri, 0.0);
		}

		/** The question's words that occur in an item's title, description or guide steps, as written. */
		List<String> wordsIn(String iri) {
			ItemText item = itemTerms.get(iri);
			Set<String> hits = new LinkedHashSet<>();
			for (int i = 0; item != null && i < words.size(); i++) {
				if (matches(item.all(), wordStems.get(i))) {
					hits.add(words.get(i));
				}
			}
			return List.copyOf(hits);
		}

		/** Whether a text has the term, or (for terms of four letters or more) a word starting with it, as search does. */
		static boolean matches(java.util.NavigableSet<String> terms, String stem) {
			if (stem.isEmpty()) {
				return false;
			}
			// The smallest term not below the stem is the stem itself or, if any term starts with it, one such.
			String next = terms.ceiling(stem);
			return next != null && (next.equals(stem) || stem.length() >= 4 && next.startsWith(stem));
		}

	}

	// ---------------------------------------------------------------------------------------------------- items

	/** Extra points for a type of item, adding its reasons. */
	private interface Extras<T> {

		double score(T item, List<Reason> reasons);

	}

	private <T> List<Ranked<T>> rank(List<T> items, java.util.function.Function<T, CatalogueEntry> entryOf,
			Interpretation interpretation, Text text, Extras<T> extras) {
		List<Ranked<T>> ranked = new ArrayList<>();
		for (T item : items) {
			CatalogueEntry entry = entryOf.apply(item);
			List<Reason> reasons = new ArrayList<>();
			double relevance = 0;
			for (Inferred theme : interpretation.themes()) {
				if (entry.themes().contains(theme.concept().iri())) {
					relevance += THEME * theme.weight();
					reasons.add(new Reason("theme", theme.concept().iri(), theme.words()));
				}
			}
			for (Inferred event : interpretation.events()) {
				if (entry.events().contains(event.concept().iri())) {
					relevance += EVENT * event.weight();
					reasons.add(new Reason("event", event.concept().iri(), event.words()));
				}
			}
			boolean tagged = !reasons.isEmpty();
			double words = text.relevance(entry.iri());
			if (words > 0) {
				List<String> found = text.wordsIn(entry.iri());
				// An item that only shares words with the question needs two of them: one common word is chance.
				if (!found.isEmpty() && (tagged || found.size() >= 2)) {
					relevance += WORDS * words;
					reasons.add(new Reason("words", null, found));
				}
			}
			if (relevance < THRESHOLD) {
				continue;
			}
			double score = relevance;
			for (Inferred audience : interpretation.audiences()) {
				if (entry.audiences().contains(audience.concept().iri())) {
					score += AUDIENCE;
					reasons.add(new Reason("audience", audience.concept().iri(), audience.words()));
					break;
				}
			}
			score += extras.score(item, reasons);
			ranked.add(new Ranked<>(item, round(score), reasons));
		}
		// The items come in the documented order (title, identifier) and the sort is stable: ties keep it.
		ranked.sort(Comparator.comparingDouble((Ranked<T> r) -> -r.score()));
		return ranked;
	}

	/** The terms of an item's title, and of its title, description and (guides) steps together. */
	private record ItemText(String iri, SearchType type, java.util.NavigableSet<String> title,
			java.util.NavigableSet<String> all) {
	}

	/**
	 * The items (positions in {@link ItemTerms#items}) whose title has a word, those that have it only elsewhere, and
	 * the word's rarity.
	 */
	private record StemItems(int[] inTitle, int[] elsewhere, double weight) {
	}

	/** The terms of every scheme, regulation, guide and provider, analysed like search text once per snapshot. */
	private record ItemTerms(List<ItemText> items, Map<String, ItemText> byIri,
			com.github.benmanes.caffeine.cache.Cache<String, StemItems> stems) {

		/** How rare a term is among the items: {@code ln(items / items with it)}, 0 when every item has it. */
		double weight(String stem) {
			return with(stem).weight();
		}

		/** The items having a term (as {@link Text#matches}), found once per snapshot and term. */
		StemItems with(String stem) {
			return stems.get(stem, s -> {
				int[] inTitle = new int[items.size()];
				int[] elsewhere = new int[items.size()];
				int titles = 0;
				int others = 0;
				long with = 0;
				for (int i = 0; i < items.size(); i++) {
					ItemText item = items.get(i);
					boolean inAll = Text.matches(item.all(), s);
					if (inAll) {
						with++;
					}
					if (Text.matches(item.title(), s)) {
						inTitle[titles++] = i;
					}
					else if (inAll) {
						elsewhere[others++] = i;
					}
				}
				double weight = with == 0 ? 0.0 : Math.log((double) byIri.size() / with);
				return new StemItems(java.util.Arrays.copyOf(inTitle, titles), java.util.Arrays.copyOf(elsewhere, others),
						weight);
			});
		}

	}

	private ItemTerms itemTerms(CatalogueSnapshot snapshot) {
		Map<String, ItemText> byIri = new LinkedHashMap<>();
		for (Subsidy s : subsidies.find(snapshot, new SubsidyFilter(EntryFilter.none(), Set.of(), Set.of(), Set.of(),
				Set.of(), Set.of(), Set.of()))) {
			byIri.put(s.entry().iri(), text(SearchType.SUBSIDY, s.entry(), ""));
		}
		for (Regulation r : regulations.find(snapshot, EntryFilter.none())) {
			byIri.put(r.entry().iri(), text(SearchType.REGULATION, r.entry(), ""));
		}
		for (Guide g : guides.find(snapshot, EntryFilter.none())) {
			byIri.put(g.entry().iri(), text(SearchType.GUIDE, g.entry(), stepText(g)));
		}
		for (Provider p : providers.find(snapshot, new ProviderFilter(EntryFilter.none(), Set.of(), Set.of()))) {
			byIri.put(p.entry().iri(), text(SearchType.PROVIDER, p.entry(), ""));
		}
		// Words come from questions: keep the most used ones, not every word ever asked.
		return new ItemTerms(List.copyOf(byIri.values()), Map.copyOf(byIri),
				com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000).build());
	}

	private static ItemText text(SearchType type, CatalogueEntry entry, String extra) {
		java.util.TreeSet<String> title = new java.util.TreeSet<>(
				DutchAnalysis.terms(String.join(" ", entry.title().byLanguage().values())));
		java.util.TreeSet<String> all = new java.util.TreeSet<>(title);
		all.addAll(DutchAnalysis.terms(String.join(" ", entry.description().byLanguage().values())));
		all.addAll(DutchAnalysis.terms(extra));
		return new ItemText(entry.iri(), type, java.util.Collections.unmodifiableNavigableSet(title),
				java.util.Collections.unmodifiableNavigableSet(all));
	}

	private static String stepText(Guide guide) {
		StringBuilder text = new StringBuilder();
		for (GuideStep step : guide.steps()) {
			text.append(String.join(" ", step.title().byLanguage().values())).append(' ')
				.append(String.join(" ", step.description().byLanguage().values())).append(' ');
		}
		return text.toString();
	}

	private static double schemeExtras(Subsidy scheme, List<Reason> reasons, ReferralRequest request, Set<String> sectors,
			Set<String> areas) {
		double score = 0;
		if (request.sector() != null && !scheme.sectors().isEmpty() && EntryFilter.anyOf(sectors, scheme.sectors())) {
			score += SECTOR;
			reasons.add(Reason.of("sector", request.sector().iri()));
		}
		for (String area : scheme.areas()) {
			if (!area.equals(Terms.NETHERLANDS) && areas.contains(area)) {
				score += LOCAL;
				reasons.add(Reason.of("area", area));
				break;
			}
		}
		return score;
	}

	/** Open and announced schemes first, then closed, then ended ones. */
	private static int statusRank(CatalogueSnapshot snapshot, @Nullable String status) {
		if (status == null) {
			return 2;
		}
		String slug = status.substring(status.lastIndexOf('/') + 1);
		return switch (slug) {
			case "open" -> 0;
			case "aangekondigd" -> 1;
			case "gesloten" -> 2;
			default -> 3;
		};
	}

	// ---------------------------------------------------------------------------------------------------- providers

	private List<Ranked<Provider>> providers(CatalogueSnapshot snapshot, Concepts concepts, Interpretation interpretation,
			Text text, Set<String> areas, List<Ranked<Subsidy>> schemes, List<Ranked<Guide>> steps) {
		List<Provider> candidates = snapshot.derived(ProvidersByArea.class, this::providersByArea).serving(areas);
		Map<String, Double> authorities = new HashMap<>();
		Map<String, String> firstScheme = new LinkedHashMap<>();
		for (int i = 0; i < schemes.size(); i++) {
			Ranked<Subsidy> scheme = schemes.get(i);
			for (String authority : scheme.item().authorities()) {
				authorities.merge(authority, i == 0 ? FIRST_AUTHORITY : AUTHORITY, Double::sum);
				firstScheme.putIfAbsent(authority, scheme.item().entry().iri());
			}
		}
		Map<String, Integer> guideSteps = new HashMap<>();
		Map<String, String> firstStep = new LinkedHashMap<>();
		for (Ranked<Guide> guide : steps) {
			for (GuideStep step : guide.item().steps()) {
				for (String provider : step.providers()) {
					guideSteps.merge(provider, 1, Integer::sum);
					firstStep.putIfAbsent(provider, guide.item().entry().iri());
				}
			}
		}
		Set<String> questionWords = new LinkedHashSet<>();
		text.words.forEach(w -> questionWords.add(QuestionReader.fold(w)));

		List<Ranked<Provider>> ranked = new ArrayList<>();
		for (Provider provider : candidates) {
			CatalogueEntry entry = provider.entry();
			List<Reason> reasons = new ArrayList<>();
			double relevance = 0;
			String named = named(provider, questionWords);
			if (named != null) {
				relevance += NAMED;
				reasons.add(new Reason("named", null, List.of(named)));
			}
			double specificity = 1 + 1.0 / Math.max(1, entry.themes().size());
			for (Inferred theme : interpretation.themes()) {
				if (entry.themes().contains(theme.concept().iri())) {
					relevance += THEME * theme.weight() * specificity;
					reasons.add(new Reason("handlesTheme", theme.concept().iri(), theme.words()));
				}
			}
			double runs = authorities.getOrDefault(entry.iri(), 0.0);
			if (runs > 0) {
				relevance += Math.min(AUTHORITY_CAP, runs);
				reasons.add(Reason.of("competentAuthority", firstScheme.get(entry.iri())));
			}
			if (relevance == 0) {
				continue;
			}
			double score = relevance;
			int named_in_steps = guideSteps.getOrDefault(entry.iri(), 0);
			if (named_in_steps > 0) {
				score += Math.min(GUIDE_STEP_CAP, GUIDE_STEP * named_in_steps);
				reasons.add(Reason.of("inGuide", firstStep.get(entry.iri())));
			}
			score += PROVIDER_WORDS * text.providerRelevance(entry.iri());
			score += area(concepts, provider, interpretation, reasons);
			ranked.add(new Ranked<>(provider, round(score), reasons));
		}
		ranked.sort(Comparator.comparingDouble((Ranked<Provider> r) -> -r.score()));
		ranked = new ArrayList<>(top(ranked, PROVIDERS));
		if (ranked.isEmpty()) {
			ranked.addAll(fallback(snapshot, concepts, candidates, interpretation));
		}
		return ranked;
	}

	/** The providers by the areas they serve, each list in the documented order; once per snapshot. */
	private record ProvidersByArea(Map<String, List<Provider>> byArea, Map<Provider, Integer> position) {

		/** The providers serving one of the areas, in the documented order. */
		List<Provider> serving(Set<String> areas) {
			// Identity, not record equality: comparing whole providers (channels and all) would cost more than it saves.
			Set<Provider> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
			for (String area : areas) {
				found.addAll(byArea.getOrDefault(area, List.of()));
			}
			List<Provider> sorted = new ArrayList<>(found);
			sorted.sort(Comparator.comparingInt(position::get));
			return sorted;
		}

	}

	private ProvidersByArea providersByArea(CatalogueSnapshot snapshot) {
		Map<String, List<Provider>> byArea = new HashMap<>();
		Map<Provider, Integer> position = new java.util.IdentityHashMap<>();
		List<Provider> all = providers.find(snapshot, new ProviderFilter(EntryFilter.none(), Set.of(), Set.of()));
		for (Provider provider : all) {
			position.put(provider, position.size());
			for (String area : provider.areas()) {
				byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(provider);
			}
		}
		return new ProvidersByArea(byArea, position);
	}

	/** The municipality's own desk (when known) and the national first desk: there is always a right door. */
	private List<Ranked<Provider>> fallback(CatalogueSnapshot snapshot, Concepts concepts, List<Provider> candidates,
			Interpretation interpretation) {
		List<Ranked<Provider>> doors = new ArrayList<>();
		if (interpretation.municipality() != null) {
			for (Provider provider : candidates) {
				if (provider.areas().contains(interpretation.municipality().iri())) {
					List<Reason> reasons = new ArrayList<>();
					reasons.add(Reason.of("fallback", null));
					double score = area(concepts, provider, interpretation, reasons);
					doors.add(new Ranked<>(provider, score, reasons));
				}
			}
		}
		providers.find(snapshot, FIRST_DESK).ifPresent(kvk -> {
			List<Reason> reasons = new ArrayList<>();
			reasons.add(Reason.of("fallback", null));
			double score = area(concepts, kvk, interpretation, reasons);
			doors.add(new Ranked<>(kvk, score, reasons));
		});
		return doors;
	}

	/** Points and a reason for the most specific area of the request that the provider serves. */
	private static double area(Concepts concepts, Provider provider, Interpretation interpretation, List<Reason> reasons) {
		Concept municipality = interpretation.municipality();
		if (municipality != null && provider.areas().contains(municipality.iri())) {
			reasons.add(Reason.of("servesMunicipality", municipality.iri()));
			return MUNICIPALITY;
		}
		for (Concept region : interpretation.labourMarketRegions()) {
			if (provider.areas().contains(region.iri())) {
				reasons.add(Reason.of("servesLabourMarketRegion", region.iri()));
				return LABOUR_MARKET_REGION;
			}
		}
		Concept province = interpretation.province();
		if (province != null && provider.areas().contains(province.iri())) {
			reasons.add(Reason.of("servesProvince", province.iri()));
			return PROVINCE;
		}
		if (provider.areas().contains(Terms.NETHERLANDS)) {
			reasons.add(Reason.of("servesNetherlands", Terms.NETHERLANDS));
			return NATIONAL;
		}
		return 0;
	}

	/** The question's word that names the provider: its identifier or the abbreviation in its title. */
	private static @Nullable String named(Provider provider, Set<String> questionWords) {
		Set<String> names = new LinkedHashSet<>();
		names.add(provider.entry().identifier());
		for (String title : provider.entry().title().byLanguage().values()) {
			int open = title.lastIndexOf('(');
			int close = title.lastIndexOf(')');
			if (open >= 0 && close > open + 1) {
				names.add(QuestionReader.fold(title.substring(open + 1, close)));
			}
		}
		for (String name : names) {
			if (!name.contains("-") && name.length() >= 2 && questionWords.contains(name.toLowerCase(Locale.ROOT))) {
				return name;
			}
		}
		return null;
	}

	private static <T> List<Ranked<T>> top(List<Ranked<T>> ranked, int limit) {
		return ranked.size() <= limit ? ranked : List.copyOf(ranked.subList(0, limit));
	}

	private static double round(double score) {
		return Math.round(score * 100) / 100.0;
	}

}
