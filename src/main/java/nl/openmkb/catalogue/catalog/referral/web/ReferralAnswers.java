package nl.openmkb.catalogue.catalog.referral.web;

import java.util.List;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.referral.Referral;
import nl.openmkb.catalogue.catalog.referral.ReferralRequest;
import nl.openmkb.catalogue.catalog.referral.ReferralService;
import nl.openmkb.catalogue.web.InvalidParametersException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers a referral from its parameters as the API receives them: checked, referred and put into words. The API
 * and the HTML page {@code /vraag} both answer through here, so they refuse and answer alike.
 */
@Component
public class ReferralAnswers {

	private final ReferralService referrals;

	private final ReferralAssembler assembler;

	ReferralAnswers(ReferralService referrals, ReferralAssembler assembler) {
		this.referrals = referrals;
		this.assembler = assembler;
	}

	/**
	 * The answer to a question and/or profile.
	 * @throws InvalidParametersException listing every refused parameter, with its reason in words
	 */
	public ReferralDetails answer(CatalogueSnapshot snapshot, @Nullable String question, @Nullable List<String> theme,
			@Nullable List<String> event, @Nullable List<String> audience, @Nullable String sbi,
			@Nullable String municipality, @Nullable String province, @Nullable Integer employees, Language language) {
		ReferralRequest request = ReferralParameters.read(snapshot, question, theme, event, audience, sbi, municipality,
				province, employees);
		Referral referral = referrals.refer(snapshot, request);
		return assembler.toDetails(snapshot, request.question(), referral, language);
	}

}
