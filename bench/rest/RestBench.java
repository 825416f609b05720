import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Side-by-side load test of the REST API against a plain Fuseki (the equivalent SPARQL) and nginx (the same bytes
 * as a static file). JDK only; reuses the closed-loop client of bench/sparql/Bench.java (compile both together).
 * Every case is a closed loop of Bench.CONCURRENCY clients sending one request for -Dseconds; each server is warmed
 * up first (-DwarmOurs, -DwarmFuseki, -DwarmNginx seconds of the same load); then -Drounds rounds, every round running
 * every case once, the order rotated by one each round; the figure is the median requests per second.
 * A single-client latency comparison of 304 and 200 (alternated request by request, -Dlatency pairs) follows.
 * Usage: java -cp CLASSES RestBench OURS_ORIGIN FUSEKI_QUERY_URL NGINX_ORIGIN BASE DETAIL_PATH DESCRIBE_IRI LIST_PATH LIST_QUERY_FILE
 */
public class RestBench {

	static final int ROUNDS = Integer.getInteger("rounds", 7);
	static final double SECONDS = Double.parseDouble(System.getProperty("seconds", "3"));
	static final int WARM_OURS = Integer.getInteger("warmOurs", 30);
	static final int WARM_FUSEKI = Integer.getInteger("warmFuseki", 30);
	static final int WARM_NGINX = Integer.getInteger("warmNginx", 5);
	static final int LATENCY_PAIRS = Integer.getInteger("latency", 500);

	static final String HAL = "application/hal+json";

	record Case(String name, HttpRequest request, int status) {
	}

	public static void main(String[] args) throws Exception {
		String ours = args[0];
		String fuseki = args[1];
		String nginx = args[2];
		String base = args[3];
		String detailPath = args[4];
		String describeIri = args[5];
		String listPath = args[6];
		String listQuery = "BASE <" + base + ">\n" + Files.readString(Path.of(args[7]));

		HttpRequest detail = get(ours + detailPath, HAL, null);
		HttpResponse<byte[]> full = Bench.send(detail, 200);
		String etag = full.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("no ETag on " + detailPath));
		HttpRequest revalidate = get(ours + detailPath, HAL, etag);
		HttpResponse<byte[]> notModified = Bench.send(revalidate, 304);
		HttpRequest staticFile = get(nginx + detailPath, HAL, null);
		HttpResponse<byte[]> fromNginx = Bench.send(staticFile, 200);
		if (!Arrays.equals(full.body(), fromNginx.body())) {
			throw new IllegalStateException("nginx does not serve the same bytes as " + detailPath);
		}
		HttpRequest describe = Bench.request(fuseki, "DESCRIBE <" + describeIri + ">", "text/turtle");
		HttpResponse<byte[]> described = Bench.send(describe, 200);
		HttpRequest list = get(ours + listPath, HAL, null);
		HttpResponse<byte[]> listed = Bench.send(list, 200);
		HttpRequest select = Bench.request(fuseki, listQuery, "application/sparql-results+json");
		HttpResponse<byte[]> selected = Bench.send(select, 200);
		System.out.printf("Response bodies: detail %d bytes (ours and nginx, identical), DESCRIBE %d bytes of Turtle, "
				+ "list %d bytes, SELECT %d bytes of SPARQL JSON, 304 %d bytes; ETag %s%n", full.body().length,
				described.body().length, listed.body().length, selected.body().length, notModified.body().length, etag);

		List<Case> cases = List.of(
				new Case("detail GET, ours (warm cache)", detail, 200),
				new Case("DESCRIBE, plain Fuseki", describe, 200),
				new Case("detail as static file, nginx", staticFile, 200),
				new Case("filtered list GET, ours", list, 200),
				new Case("equivalent SELECT, plain Fuseki", select, 200),
				new Case("detail GET with If-None-Match -> 304, ours", revalidate, 304));

		System.out.printf("Warm-up: ours %d s, Fuseki %d s, nginx %d s of the same load (%d clients)%n", WARM_OURS,
				WARM_FUSEKI, WARM_NGINX, Bench.CONCURRENCY);
		warmUp(WARM_OURS, cases.get(0), cases.get(3), cases.get(5));
		warmUp(WARM_FUSEKI, cases.get(1), cases.get(4));
		warmUp(WARM_NGINX, cases.get(2));

		Map<String, List<Double>> rps = new LinkedHashMap<>();
		cases.forEach(c -> rps.put(c.name(), new ArrayList<>()));
		for (int round = 0; round < ROUNDS; round++) {
			List<Case> order = new ArrayList<>(cases);
			Collections.rotate(order, -round);
			StringBuilder line = new StringBuilder("round " + (round + 1) + ":");
			for (Case c : order) {
				double r = Bench.throughput(c.request(), c.status(), SECONDS);
				rps.get(c.name()).add(r);
				line.append(String.format(" %.0f", r));
			}
			System.out.println(line + "   (order: " + order.stream().map(c -> String.valueOf(cases.indexOf(c) + 1)).toList() + ")");
		}

		List<Double> fullMs = new ArrayList<>();
		List<Double> revalidateMs = new ArrayList<>();
		for (int i = 0; i < LATENCY_PAIRS; i++) {
			fullMs.add(latency(detail, 200));
			revalidateMs.add(latency(revalidate, 304));
		}

		System.out.println();
		System.out.printf("%d rounds of %.0f s per case, %d concurrent clients, medians (min-max):%n%n", ROUNDS, SECONDS, Bench.CONCURRENCY);
		System.out.println("| # | case | req/s (median) | min | max |");
		System.out.println("|---:|---|---:|---:|---:|");
		int i = 1;
		for (Case c : cases) {
			List<Double> v = rps.get(c.name());
			System.out.printf("| %d | %s | %.0f | %.0f | %.0f |%n", i++, c.name(), Bench.median(v), Collections.min(v), Collections.max(v));
		}
		double detailOurs = Bench.median(rps.get(cases.get(0).name()));
		double describeFuseki = Bench.median(rps.get(cases.get(1).name()));
		double nginxStatic = Bench.median(rps.get(cases.get(2).name()));
		double listOurs = Bench.median(rps.get(cases.get(3).name()));
		double selectFuseki = Bench.median(rps.get(cases.get(4).name()));
		double notModifiedOurs = Bench.median(rps.get(cases.get(5).name()));
		double fullLatency = Bench.median(fullMs);
		double revalidateLatency = Bench.median(revalidateMs);
		System.out.println();
		System.out.println("| comparison | ratio | target | met |");
		System.out.println("|---|---:|---|---|");
		row("detail GET / DESCRIBE on Fuseki", detailOurs / describeFuseki, "x", ">= 10x", detailOurs / describeFuseki >= 10);
		row("detail GET / nginx static file", 100 * detailOurs / nginxStatic, "%", ">= 10%", detailOurs / nginxStatic >= 0.10);
		row("filtered list GET / SELECT on Fuseki", listOurs / selectFuseki, "x", ">= 10x", listOurs / selectFuseki >= 10);
		System.out.printf("| 304 throughput / 200 throughput (case 6 / case 1) | %.2fx | > 1x | %s on the medians; compare the min-max spread above |%n",
				notModifiedOurs / detailOurs, notModifiedOurs > detailOurs ? "yes" : "no");
		System.out.printf("| 304 latency / 200 latency, one client, %d alternated pairs (%.3f ms / %.3f ms) | %.2fx | < 1x | %s |%n",
				LATENCY_PAIRS, revalidateLatency, fullLatency, revalidateLatency / fullLatency, revalidateLatency < fullLatency ? "yes on the medians" : "no");
	}

	static void row(String name, double value, String unit, String target, boolean met) {
		System.out.printf("| %s | %s | %s | %s |%n", name, unit.equals("%") ? String.format("%.0f%%", value) : String.format("%.2fx", value),
				target, met ? "yes" : "no");
	}

	static HttpRequest get(String url, String accept, String ifNoneMatch) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET();
		if (ifNoneMatch != null) {
			builder.header("If-None-Match", ifNoneMatch);
		}
		return builder.build();
	}

	/** Runs the cases in turn, 2 s slices, until the given seconds are used. */
	static void warmUp(int seconds, Case... cases) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		for (int i = 0; System.nanoTime() < end; i++) {
			Case c = cases[i % cases.length];
			Bench.throughput(c.request(), c.status(), Math.min(2, Math.max(0.1, (end - System.nanoTime()) / 1e9)));
		}
	}

	static double latency(HttpRequest request, int status) throws Exception {
		long start = System.nanoTime();
		Bench.send(request, status);
		return (System.nanoTime() - start) / 1e6;
	}

}
