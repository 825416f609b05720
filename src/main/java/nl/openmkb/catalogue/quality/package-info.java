/**
 * The quality report at {@code /api/v1/quality}: per source the last harvest runs and their validation results,
 * stale items, broken official links (from a background link checker with a pace and timeouts), coverage per theme
 * and province, and feedback scores.
 */
@NullMarked
package nl.openmkb.catalogue.quality;

import org.jspecify.annotations.NullMarked;
