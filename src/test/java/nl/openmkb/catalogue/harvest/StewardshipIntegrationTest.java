package nl.openmkb.catalogue.harvest;

import static nl.openmkb.catalogue.support.Directories.delete;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with the curated data, harvesting from a WireMock server ({@link #UPSTREAM}) standing in
 * for the providers' systems; a second server ({@link #ELSEWHERE}) is outside the allow-list. Subclasses share one
 * application context and the two servers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "catalogue.store.type=embedded", "catalogue.harvest.scheduling-enabled=false",
				"catalogue.harvest.allow-private-addresses=true", "catalogue.harvest.read-timeout=1500ms",
				"catalogue.harvest.connect-timeout=1s", "catalogue.harvest.max-size=64KB",
				"catalogue.quality.link-check.every=0", "catalogue.quality.link-check.pace=10ms",
				"catalogue.quality.link-check.timeout=1s", "catalogue.quality.link-check.allow-private-addresses=true",
				"catalogue.feedback.publish-every=0", "catalogue.feedback.burst=1000" })
public abstract class StewardshipIntegrationTest {

	/** The providers' systems. */
	protected static final WireMockServer UPSTREAM = start();

	/** A server that is not in the allow-list. */
	protected static final WireMockServer ELSEWHERE = start();

	/** A key that may write every source. */
	protected static final String STEWARD_KEY = "steward-0f9c2d7e-key-for-tests-only";

	/** The key of the owner of the {@code sc} source only. */
	protected static final String UTRECHT_KEY = "utrecht-4b1e8a3c-key-for-tests-only";

	/** A revoked key. */
	protected static final String REVOKED_KEY = "revoked-77aa0e21-key-for-tests-only";

	private static final Path STORE = Path.of(System.getProperty("java.io.tmpdir"), "open-mkb-steward-tests",
			Long.toString(ProcessHandle.current().pid()));

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(STORE), "delete-steward-test-store"));
	}

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) {
		registry.add("catalogue.store.embedded.directory", STORE::toString);
		String up = UPSTREAM.baseUrl();
		source(registry, 0, "turtle", up + "/scheme.ttl", "TURTLE", "steward");
		source(registry, 1, "jsonld", up + "/scheme.jsonld", "JSONLD", "steward");
		source(registry, 2, "rdfxml", up + "/scheme.rdf", "RDFXML", "steward");
		source(registry, 3, "csv", up + "/schemes.csv", "CSV", "steward");
		String csv = "catalogue.harvest.sources[3].mapping";
		registry.add(csv + "[id-column]", () -> "slug");
		registry.add(csv + "[type]", () -> "subsidy");
		registry.add(csv + "[class]", () -> "cpsv:PublicService mkb:Scheme");
		registry.add(csv + "[column.titel]", () -> "dct:title text@nl");
		registry.add(csv + "[column.omschrijving]", () -> "dct:description text@nl");
		registry.add(csv + "[column.thema]", () -> "cv:thematicArea ref:theme");
		registry.add(csv + "[column.pagina]", () -> "foaf:page url, dct:source url");
		registry.add(csv + "[column.gewijzigd]", () -> "dct:modified date");
		registry.add(csv + "[constant.authority]", () -> "cv:hasCompetentAuthority ref:provider rvo");
		registry.add(csv + "[constant.audience]", () -> "dct:audience ref:audience mkb-breed");
		registry.add(csv + "[constant.area]", () -> "dct:spatial url http://publications.europa.eu/resource/authority/country/NLD");
		registry.add(csv + "[constant.kind]", () -> "cv:isClassifiedBy ref:scheme-kind subsidie");
		registry.add(csv + "[constant.status]", () -> "adms:status ref:status open");
		source(registry, 4, "sparql", up + "/sparql", "SPARQL", "steward");
		registry.add("catalogue.harvest.sources[4].query", () -> "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
		source(registry, 5, "sc", up + "/products.xml", "SAMENWERKENDE_CATALOGI", "gemeente-utrecht");
		registry.add("catalogue.harvest.sources[5].mapping[theme]", () -> "starten");
		registry.add("catalogue.harvest.sources[5].mapping[scheme-kind]", () -> "subsidie");
		source(registry, 6, "faults", up + "/faults.ttl", "TURTLE", "steward");
		key(registry, 0, "steward", STEWARD_KEY, false);
		registry.add("catalogue.admin.keys[0].sources[0]", () -> "*");
		key(registry, 1, "gemeente-utrecht", UTRECHT_KEY, false);
		key(registry, 2, "former-steward", REVOKED_KEY, true);
		registry.add("catalogue.admin.keys[2].sources[0]", () -> "*");
	}

	private static void source(DynamicPropertyRegistry registry, int index, String id, String url, String format,
			String owner) {
		String prefix = "catalogue.harvest.sources[" + index + "].";
		registry.add(prefix + "id", () -> id);
		registry.add(prefix + "url", () -> url);
		registry.add(prefix + "format", () -> format);
		registry.add(prefix + "owner", () -> owner);
	}

	private static void key(DynamicPropertyRegistry registry, int index, String id, String key, boolean revoked) {
		String prefix = "catalogue.admin.keys[" + index + "].";
		registry.add(prefix + "id", () -> id);
		registry.add(prefix + "sha256", () -> sha256(key));
		registry.add(prefix + "revoked", () -> Boolean.toString(revoked));
	}

	/** The SHA-256 of a key, in hexadecimal: what the configuration holds. */
	protected static String sha256(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A test data file with its placeholders filled in. */
	protected static String data(String file, String slug, String title, String page, String modified) {
		try (InputStream in = StewardshipIntegrationTest.class.getResourceAsStream("/harvest/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("SLUG", slug)
				.replace("TITLE", title)
				.replace("PAGE", page)
				.replace("MODIFIED", modified);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-wiremock"));
		return server;
	}

}
