package nl.openmkb.catalogue.store;

import java.nio.file.Path;
import java.time.Instant;

import nl.openmkb.catalogue.support.TestStores;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Run in a separate JVM by {@link KillDuringWriteTests}: starts a large write and, inside the write transaction,
 * announces itself and waits to be killed.
 */
final class KillDuringWriteChild {

	static final String IN_TRANSACTION = "IN-TRANSACTION";

	private KillDuringWriteChild() {
	}

	public static void main(String[] args) throws Exception {
		Runnable waitToBeKilled = () -> {
			System.out.println(IN_TRANSACTION);
			System.out.flush();
			try {
				Thread.sleep(Long.MAX_VALUE);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};
		EmbeddedStore store = new EmbeddedStore(Path.of(args[0]), GraphNames.systemGraph(TestStores.BASE), waitToBeKilled);
		Model big = ModelFactory.createDefaultModel();
		for (int i = 0; i < 50_000; i++) {
			big.add(big.createResource(TestStores.BASE + "id/thing/" + i), big.createProperty("urn:x:p"), "value " + i);
		}
		String graph = GraphNames.sourceGraph(TestStores.BASE, "datasets/a");
		store.apply(StoreChange.replacing(new StoreChange.Replacement(
				new SourceGraph(graph, "curated:big", "big", big.size(), Instant.now()), big)));
		System.out.println("COMMITTED");
	}

}
