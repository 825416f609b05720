/** HTTP resources of the reference lists: {@code /api/v1/themes}, {@code /events}, {@code /sbi-codes}, {@code /regions} … */
@NullMarked
package nl.openmkb.catalogue.catalog.reference.web;

import org.jspecify.annotations.NullMarked;
