/**
 * Linked data publication: dereferenceable resource IRIs ({@code /id/} answers 303 to {@code /doc/}), HTML pages and
 * RDF by content negotiation, the home page, the question and search pages ({@code /vraag}, {@code /zoeken}), the
 * DCAT-AP catalogue at {@code /catalog}, the dumps under
 * {@code /downloads}, VoID at {@code /.well-known/void} and the vocabulary at {@code /def}. Everything expensive is
 * derived once per store generation from {@link nl.openmkb.catalogue.catalog.CatalogueSnapshot}.
 */
@NullMarked
package nl.openmkb.catalogue.linkeddata;

import org.jspecify.annotations.NullMarked;
