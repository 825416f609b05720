/**
 * The embeddable catalogue: the {@code <mkb-catalogue>} widget script, its iframe page and the embed code generator,
 * all under {@code /embed/v1/}.
 */
@NullMarked
package nl.openmkb.catalogue.embed;

import org.jspecify.annotations.NullMarked;
