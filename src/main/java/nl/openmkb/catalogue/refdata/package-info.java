/**
 * Converts the reference CSV files in {@code datasets/sources/} (SBI 2025, TOOI municipalities and
 * provinces, UWV labour-market regions) into the generated Turtle lists in {@code datasets/generated/}.
 * <p>
 * Run {@link nl.openmkb.catalogue.refdata.ReferenceListConverter} after changing a source file; a test
 * fails while the committed output is stale.
 */
@NullMarked
package nl.openmkb.catalogue.refdata;

import org.jspecify.annotations.NullMarked;
