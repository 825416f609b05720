/** HTTP resources of the regulations: {@code /api/v1/regulations} and {@code /api/v1/regulations/{id}}. */
@NullMarked
package nl.openmkb.catalogue.catalog.regulation.web;

import org.jspecify.annotations.NullMarked;
