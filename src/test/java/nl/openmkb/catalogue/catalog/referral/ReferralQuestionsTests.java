package nl.openmkb.catalogue.catalog.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.ConceptScheme;
import nl.openmkb.catalogue.catalog.Concepts;
import nl.openmkb.catalogue.catalog.guide.GuideRepository;
import nl.openmkb.catalogue.catalog.provider.ProviderRepository;
import nl.openmkb.catalogue.catalog.referral.Referral.Ranked;
import nl.openmkb.catalogue.catalog.regulation.RegulationRepository;
import nl.openmkb.catalogue.catalog.search.CuratedCatalogue;
import nl.openmkb.catalogue.catalog.subsidy.SubsidyRepository;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic questions with profiles, answered over the real curated catalogue: for each, the provider an adviser
 * would send the entrepreneur to and a scheme, guide or regulation that helps must be among the first three of their
 * lists. The expectations follow from the datasets (who handles what, which scheme is run by whom, which guide
 * covers the question), not from what the ranking happens to produce; see docs/api/referrals.md for the cases
 * explained.
 */
class ReferralQuestionsTests {

	private static final CatalogueSnapshot SNAPSHOT = CuratedCatalogue.snapshot();

	private static final ReferralService SERVICE = new ReferralService(new SubsidyRepository(), new RegulationRepository(),
			new GuideRepository(), new ProviderRepository());

	/** question | municipality | SBI code | employees | expected provider | expected scheme, guide or regulation. */
	static Stream<Arguments> questions() {
		return Stream.of(
				// A bakery in Utrecht with rising energy costs: RVO runs the energy schemes; the energy-saving guide.
				q("Mijn energiekosten zijn enorm gestegen, hoe kan ik besparen?", "GM0344", "1071", null, "rvo", "guide:energie-besparen"),
				q("Onze bakkerij wil minder gas en stroom gebruiken. Welke subsidie is er?", "GM0344", "1071", 6, "rvo", "subsidy:eia"),
				// A self-employed builder in Amersfoort hiring a first employee: the regional employer service point.
				q("Ik wil mijn eerste werknemer aannemen, waar moet ik op letten?", "GM0307", "41", 0, "werkgeversservicepunt-amersfoort", "guide:eerste-personeel-aannemen"),
				q("Ik ben zzp'er in de bouw en wil iemand in dienst nemen", "GM0307", "41", 0, "uwv", "subsidy:loonkostenvoordeel"),
				// A shop owner in Rotterdam with payment problems: coaching by the Ondernemersklankbord, the early-help guide.
				q("Ik heb betalingsproblemen en kan mijn leveranciers niet meer betalen", "GM0599", "4711", 3, "ondernemersklankbord", "guide:financiele-problemen-vroeg-hulp"),
				// A webshop in Eindhoven starting to sell in Germany.
				q("Ik wil met mijn webshop ook in Duitsland gaan verkopen", "GM0772", "47", 2, "rvo", "guide:exporteren"),
				q("Ik wil een eigen bedrijf beginnen als kapper", "GM0014", "9621", null, "kvk", "guide:bedrijf-starten"),
				q("Ik begin als freelance grafisch ontwerper, moet ik me inschrijven bij de KVK?", "GM0363", null, 0, "kvk", "guide:starten-als-zzp"),
				q("Hoe vraag ik WBSO aan voor onze softwareontwikkeling?", null, "62", 12, "rvo", "subsidy:wbso"),
				q("We ontwikkelen een nieuw product en zoeken financiering voor de innovatie", "GM0855", null, 20, "rom-bom", "subsidy:innovatiekrediet"),
				q("Ik wil zonnepanelen op het dak van mijn bedrijfspand", null, null, null, "rvo", "guide:pand-verduurzamen"),
				q("Mijn werknemer is al weken ziek, wat moet ik doen?", null, null, 8, "uwv", "guide:ziekte-en-verzuim"),
				q("Ik heb een belastingschuld en kan de btw niet betalen", null, null, null, "belastingdienst", "guide:betalingsregeling-belastingen"),
				q("Hoe zorg ik dat de klantgegevens in mijn webwinkel voldoen aan de AVG?", null, "47", null, "autoriteit-persoonsgegevens", "guide:avg-op-orde"),
				q("Er is een datalek geweest bij ons bedrijf, wat moet ik doen?", null, null, 15, "autoriteit-persoonsgegevens", "guide:avg-op-orde"),
				q("Ik wil spullen uit China importeren, wat moet ik regelen bij de douane?", null, null, null, "douane", "guide:importeren-en-douane"),
				q("Ik wil mijn bedrijf overdragen aan mijn dochter", null, null, 4, "kvk", "guide:bedrijf-overdragen-of-beeindigen"),
				q("Hoe kan ik een lening krijgen voor een nieuwe machine? De bank wil niet.", null, null, 3, "qredits", "subsidy:bmkb"),
				// Regional development companies (ROMs) and their funds, each in its own province.
				q("Is er risicokapitaal voor innovatieve bedrijven?", "GM0014", null, null, "rom-nom", "subsidy:nom-risicokapitaal"),
				q("Ik zoek een krediet voor innovatie", "GM0202", null, 10, "rom-oost-nl", "subsidy:mkb-kredietfaciliteit-gelderland"),
				q("Ik zoek groeikapitaal voor mijn bedrijf", "GM0034", null, null, "rom-horizon-flevoland", "subsidy:groeifonds-flevoland"),
				q("Wij zijn een jonge techstartup en zoeken risicokapitaal", "GM0935", "62", 3, "rom-liof", "subsidy:limburg-startup-capital-fund"),
				q("Ik zoek een investeerder voor mijn innovatie", "GM0687", null, null, "rom-impuls-zeeland", "subsidy:investeringsfonds-zeeland"),
				q("Ik zoek een participatie of investering voor mijn innovatieve bedrijf", "GM0344", null, null, "rom-utrecht-region", "subsidy:rom-utrecht-participatiefonds"),
				q("Ik zoek durfkapitaal voor mijn innovatieve startup", "GM0518", null, null, "rom-innovationquarter", "subsidy:iqcapital"),
				q("Ik wil investeren in duurzame energie", "GM0772", null, 30, "rom-bom", "subsidy:energiefonds-brabant"),
				// Staff.
				q("Ik wil een leerling via de BBL opleiden in mijn installatiebedrijf", "GM0193", "4322", 5, "werkgeversservicepunt-ijsselvechtstreek", "subsidy:subsidieregeling-praktijkleren"),
				q("Ik neem iemand met een uitkering aan, krijg ik dan loonkostenvoordeel?", null, null, 10, "uwv", "subsidy:loonkostenvoordeel"),
				q("Welke regels gelden als ik buitenlandse werknemers in dienst neem?", null, null, 25, "uwv", "regulation:bwbr0007149"),
				// Local rules: the municipality issues the permit under the Alcoholwet.
				q("Ik wil een café openen, welke vergunning heb ik nodig om alcohol te schenken?", "GM0363", "5630", null, "gemeente-amsterdam", "regulation:bwbr0002458"),
				// A self-employed person in Eemsdelta with debts: the municipality (Bbz) and the early-help guide.
				q("Ik kan mijn rekeningen niet meer betalen en heb schulden", "GM1979", null, 0, "gemeente-eemsdelta", "guide:financiele-problemen-vroeg-hulp"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("questions")
	void expectedProviderAndItemAreInTheTopThree(String question, String municipality, String sbi, Integer employees,
			String provider, String item) {
		Concepts concepts = Concepts.of(SNAPSHOT);
		var request = new ReferralRequest(question, List.of(), List.of(), List.of(),
				sbi == null ? null : concepts.find(ConceptScheme.SBI.iri(SNAPSHOT), sbi).orElseThrow(),
				municipality == null ? null : concepts.find(ConceptScheme.REGIONS.iri(SNAPSHOT), municipality).orElseThrow(),
				null, null, employees);

		Referral referral = SERVICE.refer(SNAPSHOT, request);

		List<String> providers = top3(referral.providers(), p -> p.entry().identifier());
		assertThat(providers).as("top providers for '%s'", question).contains(provider);
		String type = item.substring(0, item.indexOf(':'));
		List<String> items = switch (type) {
			case "subsidy" -> top3(referral.schemes(), s -> s.entry().identifier());
			case "guide" -> top3(referral.guides(), g -> g.entry().identifier());
			default -> top3(referral.regulations(), r -> r.entry().identifier());
		};
		assertThat(items).as("top %s for '%s'", type, question).contains(item.substring(item.indexOf(':') + 1));
	}

	private static <T> List<String> top3(List<Ranked<T>> ranked, java.util.function.Function<T, String> id) {
		return ranked.stream().limit(3).map(r -> id.apply(r.item())).toList();
	}

	private static Arguments q(String question, String municipality, String sbi, Integer employees, String provider,
			String item) {
		return Arguments.of(question, municipality, sbi, employees, provider, item);
	}

}
