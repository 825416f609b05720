package nl.openmkb.catalogue.catalog.referral.web;

import java.util.List;
import java.util.Map;

import nl.openmkb.catalogue.catalog.CatalogueEntry;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.Ref;
import nl.openmkb.catalogue.catalog.provider.Channel;
import nl.openmkb.catalogue.catalog.provider.Provider;
import nl.openmkb.catalogue.catalog.provider.web.ChannelView;
import nl.openmkb.catalogue.catalog.referral.Referral;
import nl.openmkb.catalogue.catalog.referral.Referral.Inferred;
import nl.openmkb.catalogue.catalog.referral.Referral.Ranked;
import nl.openmkb.catalogue.catalog.referral.Referral.Reason;
import nl.openmkb.catalogue.catalog.referral.web.ReferralDetails.InferredConcept;
import nl.openmkb.catalogue.catalog.referral.web.ReferralDetails.ItemReferral;
import nl.openmkb.catalogue.catalog.referral.web.ReferralDetails.ProviderReferral;
import nl.openmkb.catalogue.catalog.referral.web.ReferralDetails.ReasonView;
import nl.openmkb.catalogue.catalog.referral.web.ReferralDetails.Replaced;
import nl.openmkb.catalogue.web.ApiLinks;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns a referral into its representation, with every reason put into words in the language asked for. */
@Component
class ReferralAssembler {

	/** The reason texts per code: Dutch and English, {@code %s} for the label of what it is about. */
	private static final Map<String, String[]> TEXTS = Map.ofEntries(
			Map.entry("named", new String[] { "Genoemd in je vraag", "Named in your question" }),
			Map.entry("handlesTheme", new String[] { "Helpt bij het thema %s", "Helps with the theme %s" }),
			Map.entry("competentAuthority", new String[] { "Voert de regeling %s uit", "Runs the scheme %s" }),
			Map.entry("inGuide", new String[] { "Genoemd in de gids %s", "Named in the guide %s" }),
			Map.entry("servesMunicipality", new String[] { "Werkt in de gemeente %s", "Serves the municipality of %s" }),
			Map.entry("servesLabourMarketRegion", new String[] { "Werkt in de %s", "Serves the %s" }),
			Map.entry("servesProvince", new String[] { "Werkt in de provincie %s", "Serves the province of %s" }),
			Map.entry("servesNetherlands", new String[] { "Werkt in heel Nederland", "Serves the whole country" }),
			Map.entry("fallback", new String[] { "Hier kun je altijd terecht met je vraag",
					"You can always take your question here" }),
			Map.entry("theme", new String[] { "Gaat over het thema %s", "About the theme %s" }),
			Map.entry("event", new String[] { "Hoort bij %s", "Belongs to the business event %s" }),
			Map.entry("audience", new String[] { "Bedoeld voor: %s", "Meant for: %s" }),
			Map.entry("words", new String[] { "Bevat woorden uit je vraag", "Contains words from your question" }),
			Map.entry("sector", new String[] { "Voor jouw sector (%s)", "For your sector (%s)" }),
			Map.entry("area", new String[] { "Regeling voor %s", "A scheme for %s" }));

	private final ApiLinks links;

	ReferralAssembler(ApiLinks links) {
		this.links = links;
	}

	ReferralDetails toDetails(CatalogueSnapshot snapshot, @Nullable String question, Referral referral, Language language) {
		Referral.Interpretation in = referral.interpretation();
		var replaced = in.replacedMunicipality() == null ? null
				: new Replaced(in.replacedMunicipality().code(), in.replacedMunicipality().name(),
						in.replacedMunicipality().ended(), Ref.of(snapshot, in.replacedMunicipality().successors(), language));
		var interpretation = new ReferralDetails.Interpretation(inferred(in.themes(), language),
				inferred(in.events(), language), inferred(in.audiences(), language), ref(snapshot, in.sector(), language),
				ref(snapshot, in.municipality(), language), replaced, ref(snapshot, in.province(), language),
				in.labourMarketRegions().stream().map(c -> Ref.of(snapshot, c.iri(), language)).toList());
		List<ProviderReferral> providers = referral.providers().stream().map(r -> provider(snapshot, r, language)).toList();
		List<ItemReferral> schemes = referral.schemes().stream()
			.map(r -> item(snapshot, r.item().entry(), r, r.item().status(), language))
			.toList();
		List<ItemReferral> regulations = referral.regulations().stream()
			.map(r -> item(snapshot, r.item().entry(), r, null, language))
			.toList();
		List<ItemReferral> guides = referral.guides().stream()
			.map(r -> item(snapshot, r.item().entry(), r, null, language))
			.toList();
		return new ReferralDetails(question, interpretation, providers, schemes, regulations, guides);
	}

	private ProviderReferral provider(CatalogueSnapshot snapshot, Ranked<Provider> ranked, Language language) {
		CatalogueEntry entry = ranked.item().entry();
		List<ChannelView> channels = ranked.item().channels().stream().map(c -> channel(snapshot, c, language)).toList();
		return new ProviderReferral(entry.iri(), entry.identifier(), entry.title().in(language, entry.identifier()),
				entry.description().in(language), ranked.score(), reasons(snapshot, ranked.reasons(), language), channels,
				self(entry.iri()));
	}

	private <T> ItemReferral item(CatalogueSnapshot snapshot, CatalogueEntry entry, Ranked<T> ranked,
			@Nullable String status, Language language) {
		return new ItemReferral(entry.iri(), entry.identifier(), entry.title().in(language, entry.identifier()),
				entry.description().in(language), status == null ? null : Ref.of(snapshot, status, language),
				ranked.score(), reasons(snapshot, ranked.reasons(), language), self(entry.iri()));
	}

	private static List<ReasonView> reasons(CatalogueSnapshot snapshot, List<Reason> reasons, Language language) {
		return reasons.stream().map(reason -> {
			Ref about = reason.about() == null ? null : Ref.of(snapshot, reason.about(), language);
			String[] texts = TEXTS.getOrDefault(reason.code(), new String[] { reason.code(), reason.code() });
			String text = texts[language == Language.EN ? 1 : 0];
			if (text.contains("%s")) {
				text = text.formatted(about == null ? "" : about.label());
			}
			if (!reason.words().isEmpty()) {
				text += (language == Language.EN ? " (from your question: " : " (uit je vraag: ")
						+ String.join(", ", reason.words()) + ")";
			}
			return new ReasonView(reason.code(), text, about, reason.words());
		}).toList();
	}

	private static List<InferredConcept> inferred(List<Inferred> inferred, Language language) {
		return inferred.stream().map(i -> new InferredConcept(i.concept().iri(), i.concept().identifier(),
				i.concept().label().in(language, i.concept().identifier()), i.source(), i.words(),
				Math.round(i.weight() * 100) / 100.0)).toList();
	}

	private Map<String, Map<String, String>> self(String iri) {
		String href = links.hrefOf(iri);
		return href == null ? Map.of() : Map.of("self", Map.of("href", href));
	}

	private static @Nullable Ref ref(CatalogueSnapshot snapshot, @Nullable Concept concept, Language language) {
		return concept == null ? null : Ref.of(snapshot, concept.iri(), language);
	}

	private static ChannelView channel(CatalogueSnapshot snapshot, Channel channel, Language language) {
		return new ChannelView(channel.iri(), channel.identifier(),
				channel.type() == null ? null : Ref.of(snapshot, channel.type(), language),
				channel.title().in(language, channel.identifier()), channel.description().in(language), channel.pages(),
				channel.telephones(), channel.emails());
	}

}
