/** Transition guides: step-by-step guides whose steps link to the schemes, regulations and providers that help. */
@NullMarked
package nl.openmkb.catalogue.catalog.guide;

import org.jspecify.annotations.NullMarked;
