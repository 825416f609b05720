package nl.openmkb.catalogue.catalog.referral;

import java.util.List;

import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.guide.Guide;
import nl.openmkb.catalogue.catalog.provider.Provider;
import nl.openmkb.catalogue.catalog.regulation.Regulation;
import nl.openmkb.catalogue.catalog.subsidy.Subsidy;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a referral request: how the request was understood, and the ranked providers, schemes, regulations
 * and guides, each with its reasons.
 */
public record Referral(Interpretation interpretation, List<Ranked<Provider>> providers, List<Ranked<Subsidy>> schemes,
		List<Ranked<Regulation>> regulations, List<Ranked<Guide>> guides) {

	/**
	 * How the request was understood.
	 *
	 * @param themes the themes, given or read from the question, heaviest first
	 * @param events the business events, given or read from the question
	 * @param audiences the audiences, given, read from the question or from the number of employees
	 * @param sector the SBI code given
	 * @param municipality the municipality (the successor of a former one)
	 * @param replacedMunicipality the former municipality whose code was given
	 * @param province the province: given, or the one the municipality lies in
	 * @param labourMarketRegions the labour-market regions the municipality lies in
	 */
	public record Interpretation(List<Inferred> themes, List<Inferred> events, List<Inferred> audiences,
			@Nullable Concept sector, @Nullable Concept municipality, @Nullable FormerMunicipality replacedMunicipality,
			@Nullable Concept province, List<Concept> labourMarketRegions) {
	}

	/**
	 * A theme, event or audience the referral works with.
	 *
	 * @param concept the concept
	 * @param source where it came from: {@code given}, {@code question} or {@code employees}
	 * @param words the words of the question that pointed to it
	 * @param weight how much it counts, from 0 to 1 (1 when given; else its score relative to the best of its kind)
	 */
	public record Inferred(Concept concept, String source, List<String> words, double weight) {
	}

	/**
	 * One reason why something was chosen.
	 *
	 * @param code what kind of reason (see docs/api/referrals.md)
	 * @param about the IRI of the theme, event, area, scheme … the reason is about, if any
	 * @param words the question's words it rests on, if any
	 */
	public record Reason(String code, @Nullable String about, List<String> words) {

		public Reason {
			words = List.copyOf(words);
		}

		static Reason of(String code, @Nullable String about) {
			return new Reason(code, about, List.of());
		}

	}

	/**
	 * A chosen item with its score and reasons.
	 *
	 * @param item the provider, scheme, regulation or guide
	 * @param score its score (see docs/api/referrals.md)
	 * @param reasons why it was chosen
	 */
	public record Ranked<T>(T item, double score, List<Reason> reasons) {

		public Ranked {
			reasons = List.copyOf(reasons);
		}

	}

}
