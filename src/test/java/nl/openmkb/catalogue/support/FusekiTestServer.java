package nl.openmkb.catalogue.support;

import java.net.URI;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;

/** A real Apache Jena Fuseki server on a random local port, holding one empty in-memory dataset. */
public final class FusekiTestServer implements AutoCloseable {

	private final FusekiServer server;

	private FusekiTestServer(FusekiServer server) {
		this.server = server;
	}

	/** Starts a server with an empty transactional dataset at {@code /catalogue}. */
	public static FusekiTestServer start() {
		FusekiServer server = FusekiServer.create()
			.port(0)
			.loopback(true)
			.add("/catalogue", DatasetFactory.createTxnMem())
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
