package nl.openmkb.catalogue.catalog.referral;

import java.util.List;

import nl.openmkb.catalogue.catalog.Concept;

import org.jspecify.annotations.Nullable;

/**
 * What an entrepreneur asks, already checked: a question and/or a profile.
 *
 * @param question the question in plain Dutch, if any
 * @param themes themes given explicitly
 * @param events business events given explicitly
 * @param audiences audiences given explicitly
 * @param sector the SBI code of the business
 * @param municipality the municipality the business is in (the successor, when a former code was given)
 * @param replacedMunicipality the former municipality whose code was given, if it was one
 * @param province the province the business is in, when given instead of a municipality
 * @param employees the number of employees, if given
 */
public record ReferralRequest(@Nullable String question, List<Concept> themes, List<Concept> events,
		List<Concept> audiences, @Nullable Concept sector, @Nullable Concept municipality,
		@Nullable FormerMunicipality replacedMunicipality, @Nullable Concept province, @Nullable Integer employees) {

	public ReferralRequest {
		themes = List.copyOf(themes);
		events = List.copyOf(events);
		audiences = List.copyOf(audiences);
	}

	/** A question without a profile. */
	public static ReferralRequest of(String question) {
		return new ReferralRequest(question, List.of(), List.of(), List.of(), null, null, null, null, null);
	}

}
