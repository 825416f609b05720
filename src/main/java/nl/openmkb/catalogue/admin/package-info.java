/**
 * The admin API under {@code /api/v1/admin}: upload a dataset for a source, trigger a harvest, list runs and run the
 * link checker, for holders of an API key from configuration (stored as SHA-256 hashes, compared in constant time,
 * revocable). Not part of the public OpenAPI document.
 */
@NullMarked
package nl.openmkb.catalogue.admin;

import org.jspecify.annotations.NullMarked;
