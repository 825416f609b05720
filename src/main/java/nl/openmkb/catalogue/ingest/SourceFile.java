package nl.openmkb.catalogue.ingest;

import org.apache.jena.riot.Lang;

/**
 * The bytes of one source, before parsing.
 *
 * @param id stable id of the source, which names its graph (e.g. {@code datasets/regulations})
 * @param origin where the bytes came from, for reports and provenance (a path or a URL)
 * @param lang the RDF syntax
 * @param content the raw bytes
 */
public record SourceFile(String id, String origin, Lang lang, byte[] content) {
}
