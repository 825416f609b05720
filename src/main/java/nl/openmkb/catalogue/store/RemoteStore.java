package nl.openmkb.catalogue.store;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdfconnection.RDFConnectionRemoteBuilder;
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

	private final RDFConnectionRemoteBuilder connections;

	private final Bookkeeping bookkeeping;

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
		this.connections = RDFConnectionRemote.newBuilder()
			.destination(settings.endpoint().toString())
			.queryEndpoint(settings.queryPath())
			.updateEndpoint(settings.updatePath())
			.gspEndpoint(settings.graphStorePath())
			.httpClient(http.build());
		this.bookkeeping = new Bookkeeping(systemGraph);
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

	@Override
	public synchronized long apply(StoreChange change) {
		var update = bookkeeping.updateFor(change);
		return read(connection -> {
			connection.update(update);
			generation = bookkeeping.generation(connection);
			checkedAt = System.nanoTime();
			return generation;
		});
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
