package nl.openmkb.catalogue.quality;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import nl.openmkb.catalogue.harvest.AddressGuard;
import nl.openmkb.catalogue.harvest.HarvestException;
import nl.openmkb.catalogue.harvest.RunLog;
import nl.openmkb.catalogue.store.CatalogueStore;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the official links ({@code foaf:page}, {@code foaf:homepage}) of the published data: one request at a
 * time with a pause in between, a timeout per link, HEAD first (GET when HEAD is not allowed), redirects followed by
 * hand to public addresses only. Runs on its own thread, never on a request thread; the result (the broken links and
 * a summary) replaces the previous one in the store's system graph.
 */
public class LinkChecker {

	static final String SUMMARY = "urn:open-mkb:link-check";

	static final Resource BROKEN_LINK = ResourceFactory.createResource(RunLog.NS + "BrokenLink");

	static final Resource LINK_CHECK = ResourceFactory.createResource(RunLog.NS + "LinkCheck");

	static final Property URL = ResourceFactory.createProperty(RunLog.NS + "url");

	static final Property STATUS = ResourceFactory.createProperty(RunLog.NS + "status");

	static final Property CITED_BY = ResourceFactory.createProperty(RunLog.NS + "citedBy");

	static final Property CHECKED_AT = ResourceFactory.createProperty(RunLog.NS + "checkedAt");

	static final Property CHECKED = ResourceFactory.createProperty(RunLog.NS + "checked");

	private static final Logger log = LoggerFactory.getLogger(LinkChecker.class);

	private static final int MAX_REDIRECTS = 5;

	private final CatalogueStore store;

	private final QualityProperties.LinkCheck settings;

	private final AddressGuard guard;

	private final HttpClient client;

	private final Clock clock;

	private final AtomicBoolean running = new AtomicBoolean();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "link-checker");
		thread.setDaemon(true);
		return thread;
	});

	public LinkChecker(CatalogueStore store, QualityProperties.LinkCheck settings, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.guard = new AddressGuard(settings.allowPrivateAddresses());
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.clock = clock;
	}

	/** Starts a check in the background; false when one is already running. */
	public boolean startCheck() {
		if (!running.compareAndSet(false, true)) {
			return false;
		}
		executor.execute(() -> {
			try {
				checkNow();
			}
			catch (RuntimeException ex) {
				log.error("Link check failed", ex);
			}
			finally {
				running.set(false);
			}
		});
		return true;
	}

	/** Whether a check is running. */
	public boolean isRunning() {
		return running.get();
	}

	/** Checks every link now, on the calling thread, and records the result. */
	public Result checkNow() {
		return checkNow(url -> true);
	}

	/** Checks the links that {@code which} accepts now, on the calling thread, and records the result. */
	public Result checkNow(java.util.function.Predicate<String> which) {
		Instant started = clock.instant();
		Map<String, TreeSet<String>> links = links();
		links.keySet().removeIf(which.negate());
		List<BrokenLink> broken = new ArrayList<>();
		int checked = 0;
		for (var link : links.entrySet()) {
			if (checked >= settings.maxLinks()) {
				break;
			}
			if (checked > 0) {
				pause();
			}
			checked++;
			Check check = check(link.getKey());
			if (check.broken()) {
				broken.add(new BrokenLink(link.getKey(), check.status(), check.reason(), List.copyOf(link.getValue())));
			}
		}
		Result result = new Result(started, checked, broken);
		record(result);
		log.info("Link check: {} links checked, {} broken", checked, broken.size());
		return result;
	}

	/** The last recorded result, if any. */
	public @Nullable Result last() {
		String sparql = """
				PREFIX q: <%s>
				PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
				SELECT ?at ?checked ?url ?status ?reason ?item WHERE { GRAPH ?system {
				  <%s> q:checkedAt ?at ; q:checked ?checked .
				  OPTIONAL { ?link a q:BrokenLink ; q:url ?url ; q:status ?status ; rdfs:comment ?reason ; q:citedBy ?item }
				} } ORDER BY ?url ?item""".formatted(RunLog.NS, SUMMARY);
		ParameterizedSparqlString query = new ParameterizedSparqlString(sparql);
		query.setIri("system", store.systemGraph());
		Map<String, BrokenLink> broken = new LinkedHashMap<>();
		Instant[] at = { null };
		long[] count = { 0 };
		store.read(connection -> {
			connection.querySelect(query.asQuery(), row -> {
				at[0] = Instant.parse(row.getLiteral("at").getLexicalForm());
				count[0] = row.getLiteral("checked").getLong();
				if (row.contains("url")) {
					String url = row.getResource("url").getURI();
					BrokenLink link = broken.computeIfAbsent(url, u -> new BrokenLink(u,
							(int) row.getLiteral("status").getLong(), row.getLiteral("reason").getString(), new ArrayList<>()));
					((List<String>) link.citedBy()).add(row.getResource("item").getURI());
				}
			});
			return null;
		});
		if (at[0] == null) {
			return null;
		}
		return new Result(at[0], count[0], broken.values().stream()
			.map(b -> new BrokenLink(b.url(), b.status(), b.reason(), List.copyOf(b.citedBy())))
			.toList());
	}

	private Map<String, TreeSet<String>> links() {
		Map<String, TreeSet<String>> links = new LinkedHashMap<>();
		var query = QueryFactory.create("""
				SELECT ?item ?url WHERE {
				  ?item <http://xmlns.com/foaf/0.1/page>|<http://xmlns.com/foaf/0.1/homepage> ?url FILTER(isIRI(?url))
				} ORDER BY ?url ?item""");
		store.query(query, List.of(), List.of(), builder -> {
			try (QueryExec execution = builder.build()) {
				RowSet rows = execution.select();
				rows.forEachRemaining(row -> links.computeIfAbsent(row.get("url").getURI(), u -> new TreeSet<>())
					.add(row.get("item").getURI()));
			}
			return null;
		});
		return links;
	}

	private Check check(String link) {
		URI url;
		try {
			url = new URI(link);
		}
		catch (java.net.URISyntaxException ex) {
			return new Check(true, 0, "Not a valid URL");
		}
		boolean head = true;
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			try {
				guard.check(url);
				HttpRequest request = HttpRequest.newBuilder(url)
					.method(head ? "HEAD" : "GET", HttpRequest.BodyPublishers.noBody())
					.timeout(settings.timeout())
					.header("User-Agent", "open-mkb-catalogue-linkchecker")
					.build();
				HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
				closeQuietly(response.body());
				int status = response.statusCode();
				if (head && (status == 405 || status == 501)) {
					head = false;
					hop--;
					continue;
				}
				if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
					url = url.resolve(response.headers().firstValue("Location").get());
					continue;
				}
				return status >= 400 ? new Check(true, status, "HTTP " + status) : new Check(false, status, "OK");
			}
			catch (HarvestException ex) {
				return new Check(true, 0, ex.getMessage());
			}
			catch (java.net.http.HttpTimeoutException ex) {
				return new Check(true, 0, "No answer within " + settings.timeout().toMillis() + " ms");
			}
			catch (IOException | IllegalArgumentException ex) {
				return new Check(true, 0, "Connection failed: " + ex.getClass().getSimpleName());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return new Check(true, 0, "Interrupted");
			}
		}
		return new Check(true, 0, "More than " + MAX_REDIRECTS + " redirects");
	}

	private void record(Result result) {
		List<String> previous = new ArrayList<>();
		ParameterizedSparqlString query = new ParameterizedSparqlString(
				"SELECT ?link WHERE { GRAPH ?system { ?link a <" + BROKEN_LINK.getURI() + "> } }");
		query.setIri("system", store.systemGraph());
		store.read(connection -> {
			connection.querySelect(query.asQuery(), row -> previous.add(row.getResource("link").getURI()));
			return null;
		});
		previous.add(SUMMARY);
		Model model = ModelFactory.createDefaultModel();
		model.createResource(SUMMARY)
			.addProperty(RDF.type, LINK_CHECK)
			.addProperty(CHECKED_AT, model.createTypedLiteral(result.checkedAt().toString(), XSDDatatype.XSDdateTime))
			.addLiteral(CHECKED, result.checked());
		for (BrokenLink link : result.broken()) {
			Resource node = model.createResource("urn:uuid:" + UUID.nameUUIDFromBytes(link.url().getBytes(StandardCharsets.UTF_8)))
				.addProperty(RDF.type, BROKEN_LINK)
				.addProperty(URL, model.createResource(link.url()))
				.addLiteral(STATUS, (long) link.status())
				.addProperty(RDFS.comment, link.reason());
			link.citedBy().forEach(item -> node.addProperty(CITED_BY, model.createResource(item)));
		}
		store.writeRecords(model, previous);
	}

	private void pause() {
		try {
			Thread.sleep(settings.pace().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			// Nothing more to release.
		}
	}

	/** Stops the background thread. */
	public void shutdown() {
		executor.shutdownNow();
	}

	private record Check(boolean broken, int status, String reason) {
	}

	/**
	 * The outcome of one link check.
	 *
	 * @param checkedAt when it ran
	 * @param checked how many links were checked
	 * @param broken the links that failed
	 */
	public record Result(Instant checkedAt, long checked, List<BrokenLink> broken) {
	}

	/**
	 * A link that did not answer with success.
	 *
	 * @param url the link
	 * @param status the HTTP status, or 0 when there was none (timeout, connection, refused address)
	 * @param reason what went wrong
	 * @param citedBy the items that give this link
	 */
	public record BrokenLink(String url, int status, String reason, List<String> citedBy) {
	}

}
