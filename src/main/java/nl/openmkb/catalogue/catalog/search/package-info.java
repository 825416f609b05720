/**
 * Full-text search over the whole catalogue: a Lucene index with Dutch stemming (Kraaij-Pohlmann) and accent folding,
 * built in memory once per store generation from the {@link nl.openmkb.catalogue.catalog.CatalogueSnapshot}, so it is
 * never stale and works the same over the embedded and the remote store. Lucene is the version jena-text is built
 * with; jena-text itself is not used because it indexes a local Jena dataset, not whatever store the service talks to.
 */
@NullMarked
package nl.openmkb.catalogue.catalog.search;

import org.jspecify.annotations.NullMarked;
