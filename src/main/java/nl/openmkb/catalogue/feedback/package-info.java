/**
 * Feedback from entrepreneurs: a score from 0 to 10 (and an optional short comment) on a scheme, regulation, guide or
 * provider. No personal data is kept (no addresses, no exact times); submissions are rate-limited per client by a
 * keyed hash of its address held in memory only. Aggregates (count, mean, NPS) are published as open data.
 */
@NullMarked
package nl.openmkb.catalogue.feedback;

import org.jspecify.annotations.NullMarked;
