package nl.openmkb.catalogue.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default store: an Apache Jena TDB2 database in a local directory. Writes run in one TDB2 write transaction,
 * so a crash during a write leaves the previous state; reads run in read transactions and never block writes. SPARQL
 * queries run on an in-memory copy of the published data per generation ({@link PublicSnapshot}).
 */
public final class EmbeddedStore implements CatalogueStore {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

	private final Dataset dataset;

	private final Bookkeeping bookkeeping;

	private final Runnable beforeCommit;

	private final VersionRecorder recorder;

	private volatile long generation;

	private volatile PublicSnapshot snapshot = PublicSnapshot.none();

	private final Object snapshotLock = new Object();

	/** Opens (or creates) the TDB2 database in {@code directory}. */
	public EmbeddedStore(Path directory, String systemGraph) {
		this(directory, systemGraph, () -> {
		});
	}

	/** As above, running {@code beforeCommit} inside each write transaction; tests use it to kill a process mid-write. */
	EmbeddedStore(Path directory, String systemGraph, Runnable beforeCommit) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the store directory " + directory, ex);
		}
		this.dataset = TDB2Factory.connectDataset(directory.toString());
		this.bookkeeping = new Bookkeeping(systemGraph);
		this.recorder = new VersionRecorder(GraphNames.baseOfSystemGraph(systemGraph) + "id/", systemGraph);
		this.beforeCommit = beforeCommit;
		this.generation = read(bookkeeping::generation);
		log.info("Opened embedded TDB2 store at {} (generation {})", directory.toAbsolutePath(), generation);
	}

	/** An in-memory transactional store, for tests and tools. */
	public static EmbeddedStore inMemory(String systemGraph) {
		return new EmbeddedStore(systemGraph);
	}

	private EmbeddedStore(String systemGraph) {
		this.dataset = TDB2Factory.createDataset();
		this.bookkeeping = new Bookkeeping(systemGraph);
		this.recorder = new VersionRecorder(GraphNames.baseOfSystemGraph(systemGraph) + "id/", systemGraph);
		this.beforeCommit = () -> {
		};
		this.generation = 0;
	}

	@Override
	public long generation() {
		return generation;
	}

	@Override
	public <T> T read(Function<RDFConnection, T> work) {
		return Txn.calculateRead(dataset, () -> {
			try (RDFConnection connection = RDFConnection.connect(dataset)) {
				return work.apply(connection);
			}
		});
	}

	@Override
	public <T> T query(Query query, List<String> defaultGraphs, List<String> namedGraphs,
			Function<QueryExecBuilder, T> work) {
		Query plain = Bookkeeping.withoutDataset(query);
		PublicSnapshot snapshot = snapshot();
		DatasetGraph data = snapshot.data();
		return Txn.calculateRead(data,
				() -> work.apply(QueryExec.dataset(snapshot.select(defaultGraphs, namedGraphs)).query(plain)));
	}

	/**
	 * The in-memory copy of the published data, at least as new as the generation when called: a result is then
	 * never older than the generation its caller read first (the result cache relies on that). One copy per
	 * generation; concurrent queries after a write wait for the one copy rather than each making their own.
	 */
	private PublicSnapshot snapshot() {
		long current = generation;
		PublicSnapshot snapshot = this.snapshot;
		if (snapshot.generation() >= current) {
			return snapshot;
		}
		synchronized (snapshotLock) {
			snapshot = this.snapshot;
			if (snapshot.generation() >= current) {
				return snapshot;
			}
			snapshot = Txn.calculateRead(dataset, () -> {
				try (RDFConnection connection = RDFConnection.connect(dataset)) {
					long seen = bookkeeping.generation(connection);
					return PublicSnapshot.copy(dataset.asDatasetGraph(), bookkeeping.systemGraph(), seen);
				}
			});
			this.snapshot = snapshot;
			return snapshot;
		}
	}

	@Override
	public Map<String, SourceGraph> sources() {
		return read(bookkeeping::sources);
	}

	@Override
	public Model graph(String graphIri) {
		return read(connection -> connection.queryConstruct(bookkeeping.graph(graphIri)));
	}

	@Override
	public Model unionExcept(Set<String> graphIris) {
		return read(connection -> connection.queryConstruct(bookkeeping.unionExcept(graphIris)));
	}

	@Override
	public long apply(StoreChange change) {
		synchronized (this) {
			long next = Txn.calculateWrite(dataset, () -> {
				// The versions are worked out from the state inside this write transaction and written with it.
				List<MemberVersion> versions;
				try (RDFConnection connection = RDFConnection.connect(dataset)) {
					versions = recorder.versions(dataset.asDatasetGraph(), change, bookkeeping.lastVersion(connection),
							bookkeeping.generation(connection) + 1, Instant.now());
				}
				UpdateExecution.dataset(dataset).update(bookkeeping.updateFor(change, versions)).execute();
				beforeCommit.run();
				try (RDFConnection connection = RDFConnection.connect(dataset)) {
					return bookkeeping.generation(connection);
				}
			});
			generation = next;
			return next;
		}
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
	public void writeRecords(Model additions, java.util.Collection<String> removedSubjects) {
		var update = SystemRecords.update(bookkeeping.systemGraph(), additions, removedSubjects);
		if (update.getOperations().isEmpty()) {
			return;
		}
		synchronized (this) {
			Txn.executeWrite(dataset, () -> UpdateExecution.dataset(dataset).update(update).execute());
		}
	}

	@Override
	public String systemGraph() {
		return bookkeeping.systemGraph();
	}

	@Override
	public String kind() {
		return "embedded";
	}

	/** The underlying dataset, for the SPARQL endpoint's direct query path. */
	public Dataset dataset() {
		return dataset;
	}

	@Override
	public void close() {
		// Release the database fully (files and lock), so another process may open it after us.
		TDBInternal.expel(dataset.asDatasetGraph());
	}

}
