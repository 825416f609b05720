package nl.openmkb.catalogue.store;

/** How named graphs are called: {@code {base}graph/{source}}. */
public final class GraphNames {

	private GraphNames() {
	}

	/** The graph holding the store's own bookkeeping. */
	public static String systemGraph(String base) {
		return base + "graph/system";
	}

	/** The deployment base a {@link #systemGraph(String) system graph} IRI was made from. */
	static String baseOfSystemGraph(String systemGraph) {
		String suffix = "graph/system";
		if (!systemGraph.endsWith(suffix)) {
			throw new IllegalArgumentException("Not a system graph IRI: " + systemGraph);
		}
		return systemGraph.substring(0, systemGraph.length() - suffix.length());
	}

	/** The graph for a source, e.g. {@code datasets/regulations} → {@code {base}graph/datasets/regulations}. */
	public static String sourceGraph(String base, String sourceId) {
		if (!sourceId.matches("[a-z0-9][a-z0-9._/-]*") || sourceId.contains("..")) {
			throw new IllegalArgumentException("Not a valid source id: " + sourceId);
		}
		return base + "graph/" + sourceId;
	}

}
