/**
 * What every REST resource under {@code /api/v1} shares: the root resource, content negotiation (HAL, JSON-LD,
 * Turtle, N-Triples, CSV) through message converters, paging and filter parsing, links between features, the
 * response cache with ETags, the {@code API-Version} header, CORS, RFC 9457 problem details and the OpenAPI document.
 */
@NullMarked
package nl.openmkb.catalogue.web;

import org.jspecify.annotations.NullMarked;
