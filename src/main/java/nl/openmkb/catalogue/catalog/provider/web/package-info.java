/** HTTP resources of the providers: {@code /api/v1/providers} and {@code /api/v1/providers/{id}}. */
@NullMarked
package nl.openmkb.catalogue.catalog.provider.web;

import org.jspecify.annotations.NullMarked;
