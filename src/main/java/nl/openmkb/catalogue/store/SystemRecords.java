package nl.openmkb.catalogue.store;

import java.util.Collection;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The SPARQL update that writes non-public records (harvest runs, link checks, feedback) into the system graph:
 * drop everything said about some subjects, then add new triples. Used by both store kinds, so they behave alike.
 */
final class SystemRecords {

	private SystemRecords() {
	}

	static UpdateRequest update(String systemGraph, Model additions, Collection<String> removedSubjects) {
		UpdateRequest request = new UpdateRequest();
		for (String subject : removedSubjects) {
			if (subject.equals(systemGraph)) {
				throw new IllegalArgumentException("The system graph's own record cannot be removed");
			}
			UpdateFactory.parse(request, "DELETE WHERE { GRAPH <%s> { <%s> ?p ?o } }".formatted(systemGraph,
					NodeFactory.createURI(subject).getURI()));
		}
		Node graph = NodeFactory.createURI(systemGraph);
		QuadDataAcc data = new QuadDataAcc();
		additions.getGraph().find().forEachRemaining(t -> {
			if (t.getSubject().getURI() != null && t.getSubject().getURI().equals(systemGraph)) {
				throw new IllegalArgumentException("Records cannot describe the system graph itself");
			}
			data.addQuad(Quad.create(graph, t));
		});
		if (!data.getQuads().isEmpty()) {
			request.add(new UpdateDataInsert(data));
		}
		return request;
	}

}
