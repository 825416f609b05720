package nl.openmkb.catalogue.support;

import java.net.URI;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.jspecify.annotations.Nullable;

/** A real Apache Jena Fuseki server on a random local port, holding one empty in-memory dataset. */
public final class FusekiTestServer implements AutoCloseable {

	private final FusekiServer server;

	private FusekiTestServer(FusekiServer server) {
		this.server = server;
	}

	/** Starts a server with an empty transactional dataset at {@code /catalogue}. */
	public static FusekiTestServer start() {
		return start(null);
	}

	/**
	 * As {@link #start()}, stopping every query on the server after {@code queryTimeout} (when given), so that a
	 * test's deliberately endless query does not keep a core busy after the client has gone.
	 */
	public static FusekiTestServer start(java.time.@Nullable Duration queryTimeout) {
		var dataset = DatasetFactory.createTxnMem();
		if (queryTimeout != null) {
			dataset.getContext().set(ARQ.queryTimeout, queryTimeout.toMillis());
		}
		FusekiServer server = FusekiServer.create()
			.port(0)
			.loopback(true)
			.add("/catalogue", dataset)
			.build()
			.start();
		return new FusekiTestServer(server);
	}

	/** The dataset's base URL, e.g. {@code http://localhost:12345/catalogue}. */
	public URI endpoint() {
		return URI.create("http://localhost:" + server.getHttpPort() + "/catalogue");
	}

	@Override
	public void close() {
		server.stop();
	}

}
