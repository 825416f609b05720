package nl.openmkb.catalogue.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feedback limits and publication.
 *
 * @param maxCommentLength the longest comment accepted, in characters
 * @param burst how many submissions one client may make at once
 * @param refillEvery how often a client gets one submission back
 * @param publishEvery how often the aggregates are published to the catalogue ({@code 0} turns it off)
 */
@ConfigurationProperties("catalogue.feedback")
public record FeedbackProperties(@DefaultValue("500") int maxCommentLength, @DefaultValue("5") int burst,
		@DefaultValue("1m") Duration refillEvery, @DefaultValue("15m") Duration publishEvery) {
}
