import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compares a 304 revalidation with a full 200 for one URL whose body is large enough to matter (a page of 100 list
 * items): both served from the warm cache, alternated, single client (latency) and 4 clients (throughput).
 * Usage: java bench/rest/Revalidation.java http://localhost:18180/api/v1/sbi-codes?pageSize=100
 */
public class Revalidation {

	static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	public static void main(String[] args) throws Exception {
		URI uri = URI.create(args[0]);
		HttpResponse<byte[]> first = CLIENT.send(request(uri, null), HttpResponse.BodyHandlers.ofByteArray());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		int status = CLIENT.send(request(uri, etag), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
		if (first.statusCode() != 200 || status != 304) {
			throw new IllegalStateException("expected 200 then 304, got " + first.statusCode() + " and " + status);
		}
		System.out.printf("URL %s, body %d bytes, ETag %s%n", uri, first.body().length, etag);
		for (int i = 0; i < 3000; i++) { // warm-up
			send(uri, null);
			send(uri, etag);
		}
		List<Long> full = new ArrayList<>();
		List<Long> revalidate = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			long t0 = System.nanoTime();
			send(uri, null);
			long t1 = System.nanoTime();
			send(uri, etag);
			long t2 = System.nanoTime();
			full.add(t1 - t0);
			revalidate.add(t2 - t1);
		}
		System.out.printf("latency median: 200 %.3f ms, 304 %.3f ms, ratio 304/200 %.2f%n", median(full) / 1e6,
				median(revalidate) / 1e6, (double) median(revalidate) / median(full));
		List<Double> fullRates = new ArrayList<>();
		List<Double> revalidateRates = new ArrayList<>();
		for (int round = 0; round < 5; round++) {
			fullRates.add(throughput(uri, null));
			revalidateRates.add(throughput(uri, etag));
		}
		System.out.printf("throughput median (4 clients, 5 rounds of 3 s): 200 %.0f req/s, 304 %.0f req/s, ratio %.2f%n",
				medianD(fullRates), medianD(revalidateRates), medianD(revalidateRates) / medianD(fullRates));
	}

	static HttpRequest request(URI uri, String etag) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Accept", "application/hal+json");
		if (etag != null) {
			builder.header("If-None-Match", etag);
		}
		return builder.build();
	}

	static void send(URI uri, String etag) throws Exception {
		CLIENT.send(request(uri, etag), HttpResponse.BodyHandlers.discarding());
	}

	static double throughput(URI uri, String etag) throws Exception {
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + 3_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			Thread thread = new Thread(() -> {
				try {
					while (System.nanoTime() < end) {
						send(uri, etag);
						done.incrementAndGet();
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return done.get() / 3.0;
	}

	static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	static double medianD(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
