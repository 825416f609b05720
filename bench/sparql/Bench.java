import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Side-by-side load test of two SPARQL endpoints with the same queries (JDK only, no dependencies).
 * Repeated queries: closed loop, CONCURRENCY clients, ROUNDS rounds of SECONDS each, the endpoints alternated; the
 * median requests per second. First-time queries: one client, each request made unique with a comment (so no cache
 * can answer it), the endpoints alternated request by request; the median latency.
 * Usage: java bench/sparql/Bench.java OURS_URL FUSEKI_URL BASE QUERY_FILE...
 */
public class Bench {

	static final int CONCURRENCY = Integer.getInteger("concurrency", 4);
	static final int ROUNDS = Integer.getInteger("rounds", 5);
	static final int SECONDS = Integer.getInteger("seconds", 3);
	static final int FIRST_TIME_REQUESTS = Integer.getInteger("firstTime", 200);
	static final int WARM_UP = Integer.getInteger("warmUp", 200);

	static final int FIRST_TIME_WARM_UP = Integer.getInteger("firstTimeWarmUp", 500);

	static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	public static void main(String[] args) throws Exception {
		String ours = args[0];
		String fuseki = args[1];
		String base = args[2];
		System.out.println("| query | ours repeated (req/s) | Fuseki repeated (req/s) | ratio | ours first-time (ms) | Fuseki (ms) | ratio |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|");
		for (int i = 3; i < args.length; i++) {
			Path file = Path.of(args[i]);
			String text = "BASE <" + base + ">\n" + Files.readString(file);
			String accept = text.contains("CONSTRUCT") ? "text/turtle" : "application/sparql-results+json";
			warmUp(ours, text, accept);
			warmUp(fuseki, text, accept);
			List<Double> oursRps = new ArrayList<>();
			List<Double> fusekiRps = new ArrayList<>();
			for (int round = 0; round < ROUNDS; round++) {
				oursRps.add(throughput(ours, text, accept));
				fusekiRps.add(throughput(fuseki, text, accept));
			}
			// Both servers' query paths (parse, plan, execute, write) warmed with unique requests, alternated, so the
			// just-in-time compiler has seen them as often on both sides before anything is measured.
			for (int n = 0; n < FIRST_TIME_WARM_UP; n++) {
				latency(ours, text + "\n# warm-up " + System.nanoTime() + "\n", accept);
				latency(fuseki, text + "\n# warm-up " + System.nanoTime() + "\n", accept);
			}
			List<Double> oursMs = new ArrayList<>();
			List<Double> fusekiMs = new ArrayList<>();
			for (int n = 0; n < FIRST_TIME_REQUESTS; n++) {
				String unique = text + "\n# run " + System.nanoTime() + "\n";
				oursMs.add(latency(ours, unique, accept));
				fusekiMs.add(latency(fuseki, unique, accept));
			}
			double oR = median(oursRps), fR = median(fusekiRps), oL = median(oursMs), fL = median(fusekiMs);
			System.out.printf("| %s | %.0f | %.0f | %.1fx | %.2f | %.2f | %.2fx |%n", file.getFileName(), oR, fR, oR / fR, oL, fL, oL / fL);
		}
	}

	static HttpRequest request(String endpoint, String query, String accept) {
		return HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build();
	}

	static void send(HttpRequest request) throws Exception {
		send(request, 200);
	}

	/** Sends the request, reads the whole body and fails unless the status is the expected one. */
	static HttpResponse<byte[]> send(HttpRequest request, int expectedStatus) throws Exception {
		HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != expectedStatus) {
			throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + new String(response.body()));
		}
		return response;
	}

	static void warmUp(String endpoint, String query, String accept) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			send(request(endpoint, i % 2 == 0 ? query : query + "\n# warm-up " + i + "\n", accept));
		}
	}

	static double throughput(String endpoint, String query, String accept) throws Exception {
		return throughput(request(endpoint, query, accept), 200, SECONDS);
	}

	/** Closed loop: CONCURRENCY clients send the same request for the given seconds; requests per second. */
	static double throughput(HttpRequest request, int expectedStatus, double seconds) throws Exception {
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + (long) (seconds * 1e9);
		ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
		List<Future<?>> clients = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < CONCURRENCY; c++) {
			clients.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					send(request, expectedStatus);
					done.incrementAndGet();
				}
				return null;
			}));
		}
		for (Future<?> client : clients) {
			client.get();
		}
		pool.shutdown();
		return done.get() / ((System.nanoTime() - start) / 1e9);
	}

	static double latency(String endpoint, String query, String accept) throws Exception {
		long start = System.nanoTime();
		send(request(endpoint, query, accept));
		return (System.nanoTime() - start) / 1e6;
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
