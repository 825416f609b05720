/**
 * HTTP resources of the change log: the Linked Data Event Stream at {@code /ldes/catalogue} and the plain JSON
 * {@code /api/v1/changes}.
 */
@NullMarked
package nl.openmkb.catalogue.changes.web;

import org.jspecify.annotations.NullMarked;
