/** HTTP resources of the schemes: {@code /api/v1/subsidies} and {@code /api/v1/subsidies/{id}}. */
@NullMarked
package nl.openmkb.catalogue.catalog.subsidy.web;

import org.jspecify.annotations.NullMarked;
