package nl.openmkb.catalogue.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The store's own records in its system graph (generation, source graphs) and the SPARQL that reads and writes them.
 * Both store kinds use the same statements, so they behave alike.
 */
final class Bookkeeping {

	/** Namespace of the store's internal bookkeeping terms (not part of the published vocabulary). */
	static final String NS = "https://w3id.org/open-mkb/store#";

	private static final Node GENERATION = NodeFactory.createURI(NS + "generation");

	private static final Node SOURCE_GRAPH = NodeFactory.createURI(NS + "SourceGraph");

	private static final Node ORIGIN = NodeFactory.createURI(NS + "origin");

	private static final Node CONTENT_HASH = NodeFactory.createURI(NS + "contentHash");

	private static final Node TRIPLES = NodeFactory.createURI(NS + "triples");

	private final String systemGraph;

	private final Node systemNode;

	Bookkeeping(String systemGraph) {
		this.systemGraph = systemGraph;
		this.systemNode = NodeFactory.createURI(systemGraph);
	}

	String systemGraph() {
		return systemGraph;
	}

	/** The whole write for a change: drop and insert each graph, update its record, move the generation on. */
	UpdateRequest updateFor(StoreChange change) {
		UpdateRequest request = new UpdateRequest();
		QuadDataAcc records = new QuadDataAcc();
		for (StoreChange.Replacement replacement : change.replacements()) {
			Node graph = NodeFactory.createURI(replacement.source().graphIri());
			dropGraphAndRecord(request, graph);
			QuadDataAcc data = new QuadDataAcc();
			replacement.content().getGraph().find().forEachRemaining(t -> data.addQuad(Quad.create(graph, t)));
			request.add(new UpdateDataInsert(data));
			record(replacement.source(), records);
		}
		for (String removal : change.removals()) {
			dropGraphAndRecord(request, NodeFactory.createURI(removal));
		}
		if (!records.getQuads().isEmpty()) {
			request.add(new UpdateDataInsert(records));
		}
		UpdateFactory.parse(request, """
				DELETE { GRAPH <%1$s> { <%1$s> <%2$s> ?old } }
				INSERT { GRAPH <%1$s> { <%1$s> <%2$s> ?next } }
				WHERE { OPTIONAL { GRAPH <%1$s> { <%1$s> <%2$s> ?old } } BIND(COALESCE(?old, 0) + 1 AS ?next) }
				""".formatted(systemGraph, GENERATION.getURI()));
		return request;
	}

	private void dropGraphAndRecord(UpdateRequest request, Node graph) {
		request.add(new UpdateDrop(graph, true));
		UpdateFactory.parse(request, "DELETE WHERE { GRAPH <%s> { <%s> ?p ?o } }".formatted(systemGraph, graph.getURI()));
	}

	private void record(SourceGraph source, QuadDataAcc records) {
		Node graph = NodeFactory.createURI(source.graphIri());
		records.addQuad(quad(graph, RDF.type.asNode(), SOURCE_GRAPH));
		records.addQuad(quad(graph, ORIGIN, NodeFactory.createLiteralString(source.origin())));
		records.addQuad(quad(graph, CONTENT_HASH, NodeFactory.createLiteralString(source.contentHash())));
		records.addQuad(quad(graph, TRIPLES, NodeFactory.createLiteralDT(Long.toString(source.triples()), XSDDatatype.XSDlong)));
		records.addQuad(quad(graph, DCTerms.modified.asNode(),
				NodeFactory.createLiteralDT(source.loadedAt().toString(), XSDDatatype.XSDdateTime)));
	}

	private Quad quad(Node subject, Node predicate, Node object) {
		return Quad.create(systemNode, Triple.create(subject, predicate, object));
	}

	long generation(RDFConnection connection) {
		Query query = QueryFactory.create("SELECT ?g { GRAPH <%s> { <%1$s> <%s> ?g } }".formatted(systemGraph, GENERATION.getURI()));
		long[] generation = { 0 };
		connection.querySelect(query, row -> generation[0] = row.getLiteral("g").getLong());
		return generation[0];
	}

	Map<String, SourceGraph> sources(RDFConnection connection) {
		Query query = QueryFactory.create("""
				SELECT ?graph ?origin ?hash ?triples ?modified {
				  GRAPH <%s> { ?graph a <%s> ; <%s> ?origin ; <%s> ?hash ; <%s> ?triples ; <%s> ?modified }
				} ORDER BY ?graph""".formatted(systemGraph, SOURCE_GRAPH.getURI(), ORIGIN.getURI(), CONTENT_HASH.getURI(),
				TRIPLES.getURI(), DCTerms.modified.getURI()));
		Map<String, SourceGraph> sources = new LinkedHashMap<>();
		connection.querySelect(query, row -> {
			SourceGraph source = toSource(row);
			sources.put(source.graphIri(), source);
		});
		return sources;
	}

	private static SourceGraph toSource(QuerySolution row) {
		return new SourceGraph(row.getResource("graph").getURI(), row.getLiteral("origin").getString(),
				row.getLiteral("hash").getString(), row.getLiteral("triples").getLong(),
				Instant.parse(row.getLiteral("modified").getLexicalForm()));
	}

	Query unionExcept(Set<String> graphIris) {
		String excluded = graphIris.stream().map(iri -> "<" + iri + ">").collect(Collectors.joining(", "));
		String filter = excluded.isEmpty() ? "?g != <%s>".formatted(systemGraph)
				: "?g NOT IN (<%s>, %s)".formatted(systemGraph, excluded);
		return QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(" + filter + ") }");
	}

	/** A copy of {@code query} without FROM and FROM NAMED, for running against a dataset chosen by the caller. */
	static Query withoutDataset(Query query) {
		if (!query.hasDatasetDescription()) {
			return query;
		}
		Query copy = query.cloneQuery();
		copy.getGraphURIs().clear();
		copy.getNamedGraphURIs().clear();
		return copy;
	}

	Query graph(String graphIri) {
		return QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <%s> { ?s ?p ?o } }".formatted(graphIri));
	}

}
