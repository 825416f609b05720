/** HTTP resources of the guides: {@code /api/v1/guides}, each guide with its steps embedded, and each step. */
@NullMarked
package nl.openmkb.catalogue.catalog.guide.web;

import org.jspecify.annotations.NullMarked;
