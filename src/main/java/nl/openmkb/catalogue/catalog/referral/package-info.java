/**
 * No wrong door: referral of a question and a business profile to the right providers, schemes, regulations and
 * guides. The question is read with documented rules (our vocabulary's labels plus {@code referral/synonyms.txt}) and
 * the search analysis (Dutch stems, folded accents); everything is scored with the rules in {@link nl.openmkb.catalogue.catalog.referral.ReferralService}
 * and explained with reasons. See {@code docs/api/referrals.md}.
 */
@NullMarked
package nl.openmkb.catalogue.catalog.referral;

import org.jspecify.annotations.NullMarked;
