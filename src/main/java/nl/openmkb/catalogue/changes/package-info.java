/**
 * The change log: the member versions the store records on every write, read once per store generation, for the
 * Linked Data Event Stream and the plain JSON {@code changes} resource.
 */
@NullMarked
package nl.openmkb.catalogue.changes;

import org.jspecify.annotations.NullMarked;
