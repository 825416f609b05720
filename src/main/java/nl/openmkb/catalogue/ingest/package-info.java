/**
 * Getting data into the store safely: sources are parsed strictly, validated against the SHACL shapes in
 * {@code vocab/shapes}, and only then swapped in, whole graph by whole graph.
 */
@NullMarked
package nl.openmkb.catalogue.ingest;

import org.jspecify.annotations.NullMarked;
