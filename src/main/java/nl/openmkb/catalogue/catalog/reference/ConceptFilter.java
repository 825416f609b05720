package nl.openmkb.catalogue.catalog.reference;

import nl.openmkb.catalogue.catalog.TextQuery;

import org.jspecify.annotations.Nullable;

/**
 * Filters on a reference list.
 *
 * @param text words that must all occur in the label (any language), identifier or code
 * @param broader only the concepts directly below this one (IRI)
 * @param level only concepts of this type ({@code municipality}, {@code province}, {@code labour-market-region},
 * {@code country}; others for other lists)
 */
public record ConceptFilter(TextQuery text, @Nullable String broader, @Nullable String level) {
}
