/** Cross-cutting configuration shared by every feature. */
@NullMarked
package nl.openmkb.catalogue.system;

import org.jspecify.annotations.NullMarked;
