/** Vocabulary constants, Jena style: one class per namespace, for terms Jena's own vocabulary classes lack. */
@NullMarked
package nl.openmkb.catalogue.vocab;

import org.jspecify.annotations.NullMarked;
