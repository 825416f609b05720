package nl.openmkb.catalogue.store;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdfconnection.RDFConnectionRemoteBuilder;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store on any SPARQL 1.1 server that speaks the Protocol (query and update) and the Graph Store Protocol, such
 * as Fuseki. A change is sent as one SPARQL update request, which the server applies in one transaction. The
 * generation lives in the store itself, so several API nodes share it; each node re-reads it at most once per
 * {@code generationCheckInterval}.
 */
public final class RemoteStore implements CatalogueStore {

	private static final Logger log = LoggerFactory.getLogger(RemoteStore.class);

	/** Named in a dataset that would otherwise be empty, so the server does not fall back to its own default. */
	private static final String NO_GRAPH = "urn:x-open-mkb:no-graph";

	private final RDFConnectionRemoteBuilder connections;

	private final HttpClient http;

	private final String queryService;

	private volatile SourceList sourceList = new SourceList(-1, List.of());

	private final Bookkeeping bookkeeping;

	private final VersionRecorder recorder;

	private final long checkIntervalNanos;

	private volatile long generation = -1;

	private volatile long checkedAt;

	public RemoteStore(StoreProperties.Remote settings, String systemGraph) {
		HttpClient.Builder http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER);
		if (settings.username() != null && settings.password() != null) {
			http.authenticator(new java.net.Authenticator() {
				@Override
				protected java.net.PasswordAuthentication getPasswordAuthentication() {
					return new java.net.PasswordAuthentication(settings.username(), settings.password().toCharArray());
				}
			});
		}
		this.http = http.build();
		String endpoint = settings.endpoint().toString();
		this.queryService = java.net.URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/")
			.resolve(settings.queryPath())
			.toString();
		this.connections = RDFConnectionRemote.newBuilder()
			.destination(settings.endpoint().toString())
			.queryEndpoint(settings.queryPath())
			.updateEndpoint(settings.updatePath())
			.gspEndpoint(settings.graphStorePath())
			.httpClient(this.http);
		this.bookkeeping = new Bookkeeping(systemGraph);
		this.recorder = new VersionRecorder(GraphNames.baseOfSystemGraph(systemGraph) + "id/", systemGraph);
		this.checkIntervalNanos = settings.generationCheckInterval().toNanos();
		log.info("Using remote SPARQL store at {}", settings.endpoint());
	}

	@Override
	public long generation() {
		long now = System.nanoTime();
		if (generation < 0 || now - checkedAt > checkIntervalNanos) {
			generation = read(bookkeeping::generation);
			checkedAt = now;
		}
		return generation;
	}

	@Override
	public <T> T read(Function<RDFConnection, T> work) {
		try (RDFConnection connection = connections.build()) {
			return work.apply(connection);
		}
		catch (HttpException ex) {
			throw new StoreException("The remote store did not answer: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Sends the query with the dataset as protocol parameters ({@code default-graph-uri}, {@code named-graph-uri});
	 * the server runs each request in one transaction of its own.
	 */
	@Override
	public <T> T query(Query query, List<String> defaultGraphs, List<String> namedGraphs,
			Function<QueryExecBuilder, T> work) {
		QueryExecHTTPBuilder builder = QueryExecHTTP.newBuilder()
			.endpoint(queryService)
			.httpClient(http)
			.query(absolute(Bookkeeping.withoutDataset(query)));
		List<String> defaults = defaultGraphs;
		List<String> named = namedGraphs;
		if (defaults.isEmpty() && named.isEmpty()) {
			defaults = sourceGraphIris();
			named = defaults;
		}
		defaults = visible(defaults);
		named = visible(named);
		if (defaults.isEmpty() && named.isEmpty()) {
			defaults = List.of(NO_GRAPH);
		}
		defaults.forEach(builder::addDefaultGraphURI);
		named.forEach(builder::addNamedGraphURI);
		try {
			return work.apply(builder);
		}
		catch (HttpException ex) {
			throw new StoreException("The remote store did not answer the query: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A copy without a base IRI: the parsed query's IRIs are already absolute, and without a base they are also
	 * written out absolute, so the server cannot resolve them against a base of its own.
	 */
	private static Query absolute(Query query) {
		if (query.getBase() == null) {
			return query;
		}
		Query copy = query.cloneQuery();
		copy.setBase(null);
		return copy;
	}

	private List<String> visible(List<String> graphs) {
		return graphs.stream().filter(g -> !g.equals(bookkeeping.systemGraph())).distinct().toList();
	}

	/** The source graph IRIs, re-read when the generation moves on. */
	private List<String> sourceGraphIris() {
		long current = generation();
		SourceList list = sourceList;
		if (list.generation() != current) {
			list = new SourceList(current, List.copyOf(sources().keySet()));
			sourceList = list;
		}
		return list.graphs();
	}

	private record SourceList(long generation, List<String> graphs) {
	}

	@Override
	public Map<String, SourceGraph> sources() {
		return read(bookkeeping::sources);
	}

	@Override
	public Model graph(String graphIri) {
		return read(connection -> {
			try {
				return connection.fetch(graphIri);
			}
			catch (HttpException ex) {
				if (ex.getStatusCode() == 404) {
					return ModelFactory.createDefaultModel();
				}
				throw ex;
			}
		});
	}

	@Override
	public Model unionExcept(Set<String> graphIris) {
		return read(connection -> connection.queryConstruct(bookkeeping.unionExcept(graphIris)));
	}

	/**
	 * Sends the change and its member versions as one update request. The versions are worked out from the source
	 * graphs as read just before; so that they match what the update replaces, changes should come from one node at a
	 * time (imports do), which this method guarantees within a node.
	 */
	@Override
	public synchronized long apply(StoreChange change) {
		return read(connection -> {
			DatasetGraph before = DatasetGraphFactory.create();
			for (String graph : bookkeeping.sources(connection).keySet()) {
				before.addGraph(NodeFactory.createURI(graph), connection.fetch(graph).getGraph());
			}
			List<MemberVersion> versions = recorder.versions(before, change, bookkeeping.lastVersion(connection),
					bookkeeping.generation(connection) + 1, Instant.now());
			connection.update(bookkeeping.updateFor(change, versions));
			generation = bookkeeping.generation(connection);
			checkedAt = System.nanoTime();
			return generation;
		});
	}

	@Override
	public List<MemberVersion> versions(long after, int limit, boolean descriptions) {
		return read(connection -> bookkeeping.versions(connection, after, limit, descriptions));
	}

	@Override
	public long lastSequence() {
		return read(connection -> bookkeeping.lastVersion(connection).sequence());
	}

	@Override
	public synchronized void writeRecords(Model additions, java.util.Collection<String> removedSubjects) {
		var update = SystemRecords.update(bookkeeping.systemGraph(), additions, removedSubjects);
		if (!update.getOperations().isEmpty()) {
			read(connection -> {
				connection.update(update);
				return null;
			});
		}
	}

	@Override
	public String systemGraph() {
		return bookkeeping.systemGraph();
	}

	@Override
	public String kind() {
		return "remote";
	}

	@Override
	public void close() {
		// Connections are opened per operation; nothing to release.
	}

}
