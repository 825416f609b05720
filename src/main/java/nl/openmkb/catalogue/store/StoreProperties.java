package nl.openmkb.catalogue.store;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which RDF store the catalogue uses and how to reach it.
 *
 * @param type {@code embedded} (default: TDB2 in a local directory) or {@code remote} (a SPARQL 1.1 server)
 * @param embedded settings of the embedded store
 * @param remote settings of the remote store
 */
@Validated
@ConfigurationProperties("catalogue.store")
public record StoreProperties(@DefaultValue("embedded") Type type, @DefaultValue Embedded embedded,
		@DefaultValue Remote remote) {

	/** The kinds of store. */
	public enum Type {

		/** Apache Jena TDB2 in a local directory. */
		EMBEDDED,
		/** A SPARQL 1.1 Protocol and Graph Store Protocol server. */
		REMOTE

	}

	/**
	 * The embedded TDB2 store.
	 *
	 * @param directory where the database lives; created when missing
	 */
	public record Embedded(@DefaultValue("data/tdb2") Path directory) {
	}

	/**
	 * A remote SPARQL 1.1 server.
	 *
	 * @param endpoint the dataset's base URL, e.g. {@code http://localhost:3030/catalogue}
	 * @param queryPath path of the query service relative to the endpoint
	 * @param updatePath path of the update service relative to the endpoint
	 * @param graphStorePath path of the Graph Store Protocol service relative to the endpoint
	 * @param username user for HTTP basic authentication, if the server needs it
	 * @param password password for HTTP basic authentication
	 * @param connectTimeout how long to wait for a connection
	 * @param generationCheckInterval how often a node re-reads the shared generation
	 */
	public record Remote(@DefaultValue("http://localhost:3030/catalogue") URI endpoint,
			@DefaultValue("query") String queryPath, @DefaultValue("update") String updatePath,
			@DefaultValue("data") String graphStorePath, @Nullable String username, @Nullable String password,
			@DefaultValue("5s") Duration connectTimeout, @DefaultValue("2s") Duration generationCheckInterval) {
	}

}
