import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load client for /api/v1/search and /api/v1/referrals: N concurrent clients, each sending requests back to back for
 * a fixed time, and latency percentiles per scenario.
 * <p>
 * Scenarios: {@code search} and {@code referral} with every URL unique (a varying {@code modifiedSince}, which
 * keeps every catalogue item since they were all written later, or {@code employees}), so the response cache never answers and every request is searched or referred; and
 * {@code search-repeat} / {@code referral-repeat} cycling over a fixed set of URLs, as real traffic with repeats does
 * (the response cache answers from the second round on).
 * <p>
 * Usage: {@code java bench/search/SearchBench.java http://localhost:18280 [-Dconcurrency=20] [-Dseconds=30]
 * [-Dwarmup=10]}. Prints one line per scenario: requests, errors, throughput, p50, p95, p99 and max in ms.
 */
public class SearchBench {

	static final String[] QUESTIONS = { "Mijn energiekosten zijn enorm gestegen, hoe kan ik besparen?",
			"Onze bakkerij wil minder gas en stroom gebruiken. Welke subsidie is er?",
			"Ik wil mijn eerste werknemer aannemen, waar moet ik op letten?",
			"Ik heb betalingsproblemen en kan mijn leveranciers niet meer betalen",
			"Ik wil met mijn webshop ook in Duitsland gaan verkopen", "Ik wil een eigen bedrijf beginnen als kapper",
			"Hoe vraag ik WBSO aan voor onze softwareontwikkeling?",
			"We ontwikkelen een nieuw product en zoeken financiering voor de innovatie",
			"Ik wil zonnepanelen op het dak van mijn bedrijfspand", "Mijn werknemer is al weken ziek, wat moet ik doen?",
			"Ik heb een belastingschuld en kan de btw niet betalen",
			"Ik wil spullen uit China importeren, wat moet ik regelen bij de douane?",
			"Ik wil mijn bedrijf overdragen aan mijn dochter", "Ik zoek durfkapitaal voor mijn innovatieve startup",
			"Ik wil een café openen, welke vergunning heb ik nodig om alcohol te schenken?" };

	static final String[] MUNICIPALITIES = { "GM0344", "GM0307", "GM0599", "GM0772", "GM0014", "GM0363", "GM0855",
			"GM0202", "GM0034", "GM0935", "GM0687", "GM0518", "GM0193", "GM1979", "" };

	static final String[] WORDS = { "subsidie", "subsidies", "verduurzaming", "energie besparen", "personeel",
			"eerste werknemer", "btw", "export duitsland", "innovatie krediet", "faillissement", "financiële problemen",
			"kvk inschrijven", "zonnepanelen", "avg privacy", "douane import", "bakkerij", "risicokapitaal", "loon",
			"arbeidsomstandigheden", "starten als zzp" };

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:18280";
		int concurrency = Integer.getInteger("concurrency", 20);
		int seconds = Integer.getInteger("seconds", 30);
		int warmup = Integer.getInteger("warmup", 10);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		System.out.printf("%d clients, %d s per scenario after %d s warm-up, against %s%n", concurrency, seconds, warmup,
				base);
		System.out.printf("%-16s %8s %6s %8s %8s %8s %8s %8s%n", "scenario", "requests", "errors", "req/s", "p50 ms",
				"p95 ms", "p99 ms", "max ms");
		AtomicLong unique = new AtomicLong();
		run(http, "warm-up", concurrency, warmup, i -> search(base, i, unique.incrementAndGet()), false);
		run(http, "warm-up", concurrency, warmup, i -> referral(base, i, unique.incrementAndGet()), false);
		run(http, "search", concurrency, seconds, i -> search(base, i, unique.incrementAndGet()), true);
		run(http, "referral", concurrency, seconds, i -> referral(base, i, unique.incrementAndGet()), true);
		run(http, "search-repeat", concurrency, seconds, i -> search(base, i, 0), true);
		run(http, "referral-repeat", concurrency, seconds, i -> referral(base, i, 0), true);
	}

	/** A search URL (default page size, 20); a non-zero {@code n} makes it unique through modifiedSince. */
	static String search(String base, int i, long n) {
		String q = WORDS[i % WORDS.length];
		String url = base + "/api/v1/search?q=" + encode(q);
		if (i % 3 == 1) {
			url += "&municipality=" + MUNICIPALITIES[i % (MUNICIPALITIES.length - 1)];
		}
		if (i % 5 == 2) {
			url += "&type=subsidy";
		}
		// Every entry was written on 2026-11-27, so any earlier modifiedSince keeps the result and makes the URL new:
		// 45,000 days from 1900 times 86,400 seconds of the day (as bench/search/urls.lua).
		return n == 0 ? url : url + "&modifiedSince=" + java.time.LocalDate.of(1900, 1, 1).plusDays(n % 45_000)
				+ String.format("T%02d:%02d:%02dZ", (n / 45_000) % 86_400 / 3600, (n / 45_000) % 3600 / 60, (n / 45_000) % 60);
	}

	/** A referral URL; a non-zero {@code n} makes it unique through employees. */
	static String referral(String base, int i, long n) {
		String url = base + "/api/v1/referrals?question=" + encode(QUESTIONS[i % QUESTIONS.length]);
		String municipality = MUNICIPALITIES[(i / QUESTIONS.length) % MUNICIPALITIES.length];
		if (!municipality.isEmpty()) {
			url += "&municipality=" + municipality;
		}
		return n == 0 ? url : url + "&employees=" + n;
	}

	interface Urls {

		String next(int i);

	}

	static void run(HttpClient http, String name, int concurrency, int seconds, Urls urls, boolean report)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicInteger counter = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int c = 0; c < concurrency; c++) {
			futures.add(pool.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				while (System.nanoTime() < end) {
					String url = urls.next(counter.getAndIncrement());
					long started = System.nanoTime();
					try {
						HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
							.header("Accept", "application/hal+json").timeout(Duration.ofSeconds(30)).build(),
								HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() != 200) {
							if (errors.incrementAndGet() == 1) {
								System.err.println(response.statusCode() + " for " + url + ": "
										+ new String(response.body(), StandardCharsets.UTF_8));
							}
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					latencies.add(System.nanoTime() - started);
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> future : futures) {
			all.addAll(future.get());
		}
		pool.shutdown();
		if (!report) {
			return;
		}
		Collections.sort(all);
		System.out.printf("%-16s %8d %6d %8.0f %8.1f %8.1f %8.1f %8.1f%n", name, all.size(), errors.get(),
				all.size() / (double) seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), all.get(all.size() - 1) / 1e6);
	}

	static double ms(List<Long> sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
