/**
 * The public SPARQL 1.1 endpoint at {@code /sparql}: the protocol controller, the query evaluator (parse, policy,
 * dataset, timeout, result cap, cache), result formats, the service description and VoID, and the query page.
 */
@NullMarked
package nl.openmkb.catalogue.sparql;

import org.jspecify.annotations.NullMarked;
