package nl.openmkb.catalogue.changes.web;

import java.io.StringReader;
import java.util.List;

import nl.openmkb.catalogue.store.MemberVersion;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The RDF of the Linked Data Event Stream: the stream description (root) and its pages. A member is one immutable
 * version: the resource's description with the resource (and its {@code #fragment} parts) renamed to the version
 * IRI, plus {@code dct:isVersionOf} the resource, {@code prov:generatedAtTime} the time of the write and an
 * ActivityStreams type saying whether it was a create, an update or a delete (a tombstone: no description).
 */
final class StreamDocuments {

	static final String TREE = "https://w3id.org/tree#";

	static final String LDES = "https://w3id.org/ldes#";

	static final String PROV = "http://www.w3.org/ns/prov#";

	static final String AS = "https://www.w3.org/ns/activitystreams#";

	static final Node GENERATED_AT_TIME = uri(PROV + "generatedAtTime");

	static final Node DELETE = uri(AS + "Delete");

	static final Node CREATE = uri(AS + "Create");

	static final Node UPDATE = uri(AS + "Update");

	/** How often a client following the stream should look again, in seconds (the newest page's max-age). */
	static final int POLLING_INTERVAL = 60;

	private final String versionBase;

	/** @param versionBase prefix of member IRIs, e.g. {@code {base}ldes/catalogue/versions/} */
	StreamDocuments(String versionBase) {
		this.versionBase = versionBase;
	}

	/** The stream description: paths, the retention policy and the view (its first page). */
	Graph root(String stream, String firstPage, List<MemberVersion> versions) {
		Graph graph = GraphFactory.createGraphMem();
		Node s = uri(stream);
		graph.add(s, RDF.type.asNode(), uri(LDES + "EventStream"));
		graph.add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang("Open mkb catalogue: changes", "en"));
		graph.add(s, RDFS.comment.asNode(), NodeFactory.createLiteralLang("Every version of every catalogue resource "
				+ "(regulations, schemes, guides, providers, reference lists), deletions as as:Delete tombstones. "
				+ "Retention: every version is kept from the first one on; nothing is ever removed.", "en"));
		graph.add(s, DCTerms.license.asNode(), uri("http://creativecommons.org/publicdomain/zero/1.0/"));
		graph.add(s, uri(LDES + "timestampPath"), GENERATED_AT_TIME);
		graph.add(s, uri(LDES + "versionOfPath"), DCTerms.isVersionOf.asNode());
		graph.add(s, uri(LDES + "versionCreatePath"), RDF.type.asNode());
		graph.add(s, uri(LDES + "versionCreateObject"), CREATE);
		graph.add(s, uri(LDES + "versionUpdatePath"), RDF.type.asNode());
		graph.add(s, uri(LDES + "versionUpdateObject"), UPDATE);
		graph.add(s, uri(LDES + "versionDeletePath"), RDF.type.asNode());
		graph.add(s, uri(LDES + "versionDeleteObject"), DELETE);
		graph.add(s, uri(LDES + "pollingInterval"),
				NodeFactory.createLiteralDT(Integer.toString(POLLING_INTERVAL), XSDDatatype.XSDinteger));
		Node view = uri(firstPage);
		graph.add(s, uri(TREE + "view"), view);
		graph.add(view, RDF.type.asNode(), uri(TREE + "Node"));
		Node description = NodeFactory.createBlankNode();
		graph.add(view, uri(TREE + "viewDescription"), description);
		graph.add(description, RDF.type.asNode(), uri(TREE + "ViewDescription"));
		Node policy = NodeFactory.createBlankNode();
		graph.add(description, uri(LDES + "retentionPolicy"), policy);
		graph.add(policy, RDF.type.asNode(), uri(LDES + "RetentionPolicy"));
		if (!versions.isEmpty()) {
			graph.add(policy, uri(LDES + "startingFrom"), dateTime(versions.get(0).time().toString()));
		}
		return graph;
	}

	/**
	 * One page: its members and, when it is full, a relation to the next page (every member there is at least as new
	 * as the last member here).
	 */
	Graph page(String stream, String page, String nextPage, List<MemberVersion> members, boolean full) {
		Graph graph = GraphFactory.createGraphMem();
		Node s = uri(stream);
		Node node = uri(page);
		graph.add(node, RDF.type.asNode(), uri(TREE + "Node"));
		graph.add(node, DCTerms.isPartOf.asNode(), s);
		if (full) {
			graph.add(node, uri(LDES + "immutable"), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
			Node relation = NodeFactory.createBlankNode();
			graph.add(node, uri(TREE + "relation"), relation);
			graph.add(relation, RDF.type.asNode(), uri(TREE + "GreaterThanOrEqualToRelation"));
			graph.add(relation, uri(TREE + "node"), uri(nextPage));
			graph.add(relation, uri(TREE + "path"), GENERATED_AT_TIME);
			graph.add(relation, uri(TREE + "value"), dateTime(members.get(members.size() - 1).time().toString()));
		}
		for (MemberVersion version : members) {
			Node member = uri(versionIri(version.sequence()));
			graph.add(s, uri(TREE + "member"), member);
			member(graph, version);
		}
		return graph;
	}

	/** One member on its own. */
	Graph member(MemberVersion version) {
		Graph graph = GraphFactory.createGraphMem();
		member(graph, version);
		return graph;
	}

	String versionIri(long sequence) {
		return versionBase + sequence;
	}

	private void member(Graph graph, MemberVersion version) {
		String iri = versionIri(version.sequence());
		Node member = uri(iri);
		graph.add(member, DCTerms.isVersionOf.asNode(), uri(version.resource()));
		graph.add(member, GENERATED_AT_TIME, dateTime(version.time().toString()));
		graph.add(member, RDF.type.asNode(), switch (version.kind()) {
			case CREATED -> CREATE;
			case UPDATED -> UPDATE;
			case DELETED -> DELETE;
		});
		if (version.description().isEmpty()) {
			return;
		}
		Graph description = GraphFactory.createGraphMem();
		RDFParser.create().source(new StringReader(version.description())).lang(Lang.NTRIPLES).parse(description);
		String resource = version.resource();
		description.find().forEachRemaining(t -> graph.add(Triple.create(rename(t.getSubject(), resource, iri),
				t.getPredicate(), rename(t.getObject(), resource, iri))));
	}

	/** The resource and its fragments become the version and its fragments; every other node stays. */
	private static Node rename(Node node, String resource, String version) {
		if (!node.isURI()) {
			return node;
		}
		String uri = node.getURI();
		if (uri.equals(resource)) {
			return uri(version);
		}
		if (uri.startsWith(resource + "#")) {
			return uri(version + uri.substring(resource.length()));
		}
		return node;
	}

	private static Node dateTime(String lexical) {
		return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdateTime);
	}

	private static Node uri(String iri) {
		return NodeFactory.createURI(iri);
	}


}
