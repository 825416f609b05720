import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A plain Apache Jena Fuseki (default settings: no timeout, no result cache) serving the same curated data as the
 * catalogue, all of it in the default graph of a TDB2 database, resolved against the same base IRI.
 * Usage (test classpath): java -cp CP bench/sparql/PlainFuseki.java PORT BASE DIRECTORY PROJECT_ROOT
 */
public class PlainFuseki {

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		String base = args[1];
		Path directory = Path.of(args[2]);
		Path root = Path.of(args[3]);
		Dataset dataset = TDB2Factory.connectDataset(directory.toString());
		List<Path> files;
		try (Stream<Path> vocab = Files.list(root.resolve("vocab")); Stream<Path> datasets = Files.walk(root.resolve("datasets"))) {
			files = Stream.concat(vocab, datasets)
				.filter(p -> p.toString().endsWith(".ttl") && !p.toString().contains("/sources/"))
				.sorted()
				.toList();
		}
		Txn.executeWrite(dataset, () -> {
			dataset.asDatasetGraph().clear();
			for (Path file : files) {
				RDFParser.source(file).base(base).parse(dataset.getDefaultModel());
			}
		});
		long triples = Txn.calculateRead(dataset, () -> dataset.getDefaultModel().size());
		FusekiServer.create().port(port).add("/ds", dataset).build().start();
		System.out.println("Plain Fuseki on port " + port + " with " + triples + " triples from " + files.size() + " files");
	}

}
