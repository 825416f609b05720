/**
 * The reference lists (SKOS concept schemes) as collections: themes, business events, audiences, SBI 2025 codes,
 * regions, statuses and scheme kinds; each concept with its broader and narrower concepts.
 */
@NullMarked
package nl.openmkb.catalogue.catalog.reference;

import org.jspecify.annotations.NullMarked;
