/** The search resource {@code /api/v1/search}: ranked, highlighted, filtered and paged full-text search. */
@NullMarked
package nl.openmkb.catalogue.catalog.search.web;

import org.jspecify.annotations.NullMarked;
