/**
 * The only package that opens the RDF store: an embedded TDB2 database or a remote SPARQL 1.1 server.
 * One named graph per source, replaced whole in one transaction; a generation that changes on every write.
 */
@NullMarked
package nl.openmkb.catalogue.store;

import org.jspecify.annotations.NullMarked;
