package nl.openmkb.catalogue.feedback;

import org.jspecify.annotations.Nullable;

/**
 * One piece of feedback.
 *
 * @param item the scheme, regulation, guide or provider: its IRI or its {@code {type}/{slug}}, e.g.
 * {@code subsidy/wbso}
 * @param score from 0 (would not recommend) to 10 (would certainly recommend)
 * @param comment optional, short; do not write personal data in it (it is kept for the stewards, never published)
 */
public record FeedbackInput(@Nullable String item, @Nullable Integer score, @Nullable String comment) {
}
