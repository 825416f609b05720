/**
 * The catalogue as the REST API reads it: a per-generation snapshot of the store's union graph, the concept
 * schemes it holds (themes, events, audiences, SBI codes, regions …) and the matching rules every collection shares
 * (areas, sectors, text). Each feature below ({@code regulation}, {@code subsidy}, {@code guide}, {@code provider},
 * {@code reference}) builds its own index from the snapshot once per generation.
 */
@NullMarked
package nl.openmkb.catalogue.catalog;

import org.jspecify.annotations.NullMarked;
