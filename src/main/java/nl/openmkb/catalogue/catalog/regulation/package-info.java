/** Regulations: laws and rules from the BWB that entrepreneurs must know, read from a snapshot, with their filters. */
@NullMarked
package nl.openmkb.catalogue.catalog.regulation;

import org.jspecify.annotations.NullMarked;
