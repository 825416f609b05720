/**
 * Harvesting providers' own data: sources come only from configuration; each run fetches safely (allow-list, no
 * private addresses, timeouts, size limit, conditional GET), parses strictly, maps, validates with SHACL, replaces the
 * source's graph atomically through the importer and records a {@code prov:Activity} in the system graph.
 */
@NullMarked
package nl.openmkb.catalogue.harvest;

import org.jspecify.annotations.NullMarked;
