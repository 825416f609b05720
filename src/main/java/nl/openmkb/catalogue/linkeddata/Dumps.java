package nl.openmkb.catalogue.linkeddata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The dumps of the whole catalogue (the union of all source graphs) as gzip-compressed Turtle, N-Triples and
 * JSON-LD. They are written to disk once per store generation, on the first request that needs them, into
 * {@code {downloads-directory}/{generation}/}, with a SHA-256 checksum each; the files of older generations are then
 * removed. A generation's directory is complete once its {@code made} marker exists, so a restart reuses it.
 */
@Component
class Dumps {

	private static final Logger log = LoggerFactory.getLogger(Dumps.class);

	/** The formats dumps are made in. */
	static final List<RdfFormat> FORMATS = List.of(RdfFormat.TURTLE, RdfFormat.N_TRIPLES, RdfFormat.JSON_LD);

	private static final String MARKER = "made";

	/** One dump file. */
	record Dump(RdfFormat format, String name, Path file, long size, String sha256, Instant made, long generation) {
	}

	/** The dumps of one generation. */
	record DumpSet(long generation, Instant made, Map<String, Dump> byName) {

		List<Dump> all() {
			return FORMATS.stream().map(f -> byName.get(fileName(f))).toList();
		}

	}

	private final CatalogueSnapshots snapshots;

	private final Path directory;

	private volatile @Nullable DumpSet current;

	Dumps(CatalogueSnapshots snapshots, PublicationProperties properties) {
		this.snapshots = snapshots;
		this.directory = properties.downloadsDirectory().toAbsolutePath();
	}

	/** The file name of the dump in a format, such as {@code open-mkb.ttl.gz}. */
	static String fileName(RdfFormat format) {
		return "open-mkb." + format.extension() + ".gz";
	}

	/** The dumps of the current generation, made now if they are not on disk yet. */
	DumpSet current() {
		CatalogueSnapshot snapshot = snapshots.current();
		DumpSet set = current;
		if (isCurrent(set, snapshot)) {
			return set;
		}
		synchronized (this) {
			set = current;
			if (!isCurrent(set, snapshot)) {
				set = make(snapshot);
				current = set;
				removeOlderThan(set.generation());
			}
			return set;
		}
	}

	/** Whether the set is of the snapshot's generation and still on disk (someone may have cleared the directory). */
	private static boolean isCurrent(@Nullable DumpSet set, CatalogueSnapshot snapshot) {
		return set != null && set.generation() == snapshot.generation()
				&& set.all().stream().allMatch(dump -> Files.isRegularFile(dump.file()));
	}

	private DumpSet make(CatalogueSnapshot snapshot) {
		Path target = directory.resolve(Long.toString(snapshot.generation()));
		try {
			if (!complete(target)) {
				long started = System.nanoTime();
				Path work = Files.createDirectories(directory).resolve(".work-" + snapshot.generation() + "-" + System.nanoTime());
				Files.createDirectories(work);
				Graph graph = RdfResponses.prefixed(snapshot.graph());
				for (RdfFormat format : FORMATS) {
					write(graph, format, work.resolve(fileName(format)));
				}
				Files.writeString(work.resolve(MARKER), Instant.now().toString(), StandardCharsets.UTF_8);
				deleteTree(target);
				Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
				log.info("Wrote the dumps of generation {} ({} triples) in {} ms", snapshot.generation(), graph.size(),
						(System.nanoTime() - started) / 1_000_000);
			}
			return read(target, snapshot.generation());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the dumps to " + directory, ex);
		}
	}

	private static boolean complete(Path target) {
		return Files.exists(target.resolve(MARKER)) && FORMATS.stream()
			.allMatch(f -> Files.isRegularFile(target.resolve(fileName(f))) && Files.isRegularFile(target.resolve(fileName(f) + ".sha256")));
	}

	private static void write(Graph graph, RdfFormat format, Path file) throws IOException {
		MessageDigest digest = sha256();
		try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), digest);
				GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
			// Turtle in blocks and N-Triples stream triple by triple; JSON-LD is built in memory once per generation.
			RDFFormat jena = format == RdfFormat.TURTLE ? RDFFormat.TURTLE_BLOCKS : format.jena();
			RDFWriter.source(graph).format(jena).output(gzip);
		}
		String hex = HexFormat.of().formatHex(digest.digest());
		Files.writeString(file.resolveSibling(file.getFileName() + ".sha256"), hex + "  " + file.getFileName() + "\n",
				StandardCharsets.US_ASCII);
	}

	private static DumpSet read(Path target, long generation) throws IOException {
		Instant made = Instant.parse(Files.readString(target.resolve(MARKER), StandardCharsets.UTF_8).strip());
		Map<String, Dump> byName = new java.util.LinkedHashMap<>();
		for (RdfFormat format : FORMATS) {
			String name = fileName(format);
			Path file = target.resolve(name);
			String sha = Files.readString(target.resolve(name + ".sha256"), StandardCharsets.US_ASCII).split("\\s+")[0];
			byName.put(name, new Dump(format, name, file, Files.size(file), sha, made, generation));
		}
		return new DumpSet(generation, made, Map.copyOf(byName));
	}

	private void removeOlderThan(long generation) {
		try (Stream<Path> children = Files.list(directory)) {
			List<Path> old = new ArrayList<>();
			children.filter(p -> !p.getFileName().toString().equals(Long.toString(generation))).forEach(old::add);
			for (Path path : old) {
				deleteTree(path);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			// Old files only take space; the current ones are complete.
			log.warn("Could not remove old dumps in {}: {}", directory, ex.getMessage());
		}
	}

	private static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
