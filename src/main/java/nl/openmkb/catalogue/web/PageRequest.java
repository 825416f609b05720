package nl.openmkb.catalogue.web;

/**
 * Which page of a collection a request asks for ({@code page}, {@code pageSize}), already checked against the limits.
 *
 * @param page the page number, starting at 1
 * @param pageSize the number of items per page
 */
public record PageRequest(int page, int pageSize) {
}
