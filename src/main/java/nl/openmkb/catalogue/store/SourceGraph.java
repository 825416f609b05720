package nl.openmkb.catalogue.store;

import java.time.Instant;

/**
 * Bookkeeping for one source graph: where it came from and what was loaded.
 *
 * @param graphIri the named graph holding the source's data
 * @param origin where the data came from (a dataset path or a URL)
 * @param contentHash SHA-256 over the source bytes and the base IRI, to notice changes
 * @param triples number of triples loaded
 * @param loadedAt when the graph was written
 */
public record SourceGraph(String graphIri, String origin, String contentHash, long triples, Instant loadedAt) {
}
