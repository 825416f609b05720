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

	private static final Node VERSION = NodeFactory.createURI(NS + "Version");

	private static final Node SEQUENCE = NodeFactory.createURI(NS + "sequence");

	private static final Node LAST_SEQUENCE = NodeFactory.createURI(NS + "lastSequence");

	private static final Node VERSION_OF = NodeFactory.createURI(NS + "versionOf");

	private static final Node KIND = NodeFactory.createURI(NS + "kind");

	private static final Node TIME = NodeFactory.createURI(NS + "time");

	private static final Node STORE_GENERATION = NodeFactory.createURI(NS + "storeGeneration");

	private static final Node DESCRIPTION = NodeFactory.createURI(NS + "description");

	private final String systemGraph;

	private final Node systemNode;

	Bookkeeping(String systemGraph) {
		this.systemGraph = systemGraph;
		this.systemNode = NodeFactory.createURI(systemGraph);
	}

	String systemGraph() {
		return systemGraph;
	}

	/**
	 * The whole write for a change: drop and insert each graph, update its record, record the member versions the
	 * change makes and move the generation on.
	 */
	UpdateRequest updateFor(StoreChange change, java.util.List<MemberVersion> versions) {
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
		versions.forEach(version -> record(version, records));
		if (!records.getQuads().isEmpty()) {
			request.add(new UpdateDataInsert(records));
		}
		if (!versions.isEmpty()) {
			long last = versions.get(versions.size() - 1).sequence();
			UpdateFactory.parse(request, """
					DELETE WHERE { GRAPH <%1$s> { <%1$s> <%2$s> ?old } } ;
					INSERT DATA { GRAPH <%1$s> { <%1$s> <%2$s> %3$d } }
					""".formatted(systemGraph, LAST_SEQUENCE.getURI(), last));
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

	/** Versions live in the system graph, so they are never part of the published data. */
	private void record(MemberVersion version, QuadDataAcc records) {
		Node node = versionNode(version.sequence());
		records.addQuad(quad(node, RDF.type.asNode(), VERSION));
		records.addQuad(quad(node, SEQUENCE, NodeFactory.createLiteralDT(Long.toString(version.sequence()), XSDDatatype.XSDlong)));
		records.addQuad(quad(node, VERSION_OF, NodeFactory.createURI(version.resource())));
		records.addQuad(quad(node, KIND, NodeFactory.createLiteralString(version.kind().label())));
		records.addQuad(quad(node, TIME, NodeFactory.createLiteralDT(version.time().toString(), XSDDatatype.XSDdateTime)));
		records.addQuad(quad(node, STORE_GENERATION,
				NodeFactory.createLiteralDT(Long.toString(version.generation()), XSDDatatype.XSDlong)));
		if (!version.description().isEmpty()) {
			records.addQuad(quad(node, DESCRIPTION, NodeFactory.createLiteralString(version.description())));
		}
	}

	private Node versionNode(long sequence) {
		return NodeFactory.createURI(systemGraph + "/version/" + sequence);
	}

	/** The newest version's sequence and time. */
	VersionRecorder.LastVersion lastVersion(RDFConnection connection) {
		Query query = QueryFactory.create("""
				SELECT ?seq ?time { GRAPH <%1$s> { <%1$s> <%2$s> ?seq OPTIONAL { ?v <%3$s> ?seq ; <%4$s> ?time } } }"""
			.formatted(systemGraph, LAST_SEQUENCE.getURI(), SEQUENCE.getURI(), TIME.getURI()));
		VersionRecorder.LastVersion[] last = { new VersionRecorder.LastVersion(0, null) };
		connection.querySelect(query, row -> last[0] = new VersionRecorder.LastVersion(row.getLiteral("seq").getLong(),
				row.contains("time") ? Instant.parse(row.getLiteral("time").getLexicalForm()) : null));
		return last[0];
	}

	/** Versions after {@code after} in sequence order, at most {@code limit}; descriptions only when asked. */
	java.util.List<MemberVersion> versions(RDFConnection connection, long after, int limit, boolean descriptions) {
		String optional = descriptions ? "OPTIONAL { ?v <%s> ?description }".formatted(DESCRIPTION.getURI()) : "";
		Query query = QueryFactory.create("""
				SELECT ?seq ?resource ?kind ?time ?generation ?description {
				  GRAPH <%s> { ?v <%s> ?seq ; <%s> ?resource ; <%s> ?kind ; <%s> ?time ; <%s> ?generation %s }
				  FILTER(?seq > %d)
				} ORDER BY ?seq LIMIT %d""".formatted(systemGraph, SEQUENCE.getURI(), VERSION_OF.getURI(),
				KIND.getURI(), TIME.getURI(), STORE_GENERATION.getURI(), optional, after, limit));
		java.util.List<MemberVersion> versions = new java.util.ArrayList<>();
		connection.querySelect(query, row -> versions.add(new MemberVersion(row.getLiteral("seq").getLong(),
				row.getResource("resource").getURI(), MemberVersion.Kind.fromLabel(row.getLiteral("kind").getString()),
				Instant.parse(row.getLiteral("time").getLexicalForm()), row.getLiteral("generation").getLong(),
				row.contains("description") ? row.getLiteral("description").getString() : "")));
		return versions;
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
