package nl.openmkb.catalogue.quality;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import nl.openmkb.catalogue.store.EmbeddedStore;
import nl.openmkb.catalogue.store.GraphNames;
import nl.openmkb.catalogue.store.SourceGraph;
import nl.openmkb.catalogue.store.StoreChange;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The link checker against WireMock: status, HEAD fallback, redirects, timeouts, and no private addresses. */
class LinkCheckerTests {

	private static final String BASE = "http://test.example/";

	WireMockServer server;

	EmbeddedStore store;

	@BeforeEach
	void start() {
		server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		server.start();
		store = EmbeddedStore.inMemory(GraphNames.systemGraph(BASE));
		String up = server.baseUrl();
		Model model = ModelFactory.createDefaultModel().read(new StringReader("""
				<http://test.example/id/subsidy/a> <http://xmlns.com/foaf/0.1/page> <%1$s/ok> .
				<http://test.example/id/subsidy/b> <http://xmlns.com/foaf/0.1/page> <%1$s/gone> .
				<http://test.example/id/subsidy/c> <http://xmlns.com/foaf/0.1/page> <%1$s/no-head> .
				<http://test.example/id/provider/d> <http://xmlns.com/foaf/0.1/homepage> <%1$s/moved> .
				<http://test.example/id/provider/e> <http://xmlns.com/foaf/0.1/homepage> <%1$s/slow> .
				""".formatted(up)), null, "N-TRIPLES");
		store.apply(StoreChange.replacing(new StoreChange.Replacement(new SourceGraph(GraphNames.sourceGraph(BASE, "test"),
				"test", "h", model.size(), Instant.now()), model)));
		server.stubFor(head(urlPathEqualTo("/ok")).willReturn(aResponse().withStatus(200)));
		server.stubFor(head(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
		server.stubFor(head(urlPathEqualTo("/no-head")).willReturn(aResponse().withStatus(405)));
		server.stubFor(get(urlPathEqualTo("/no-head")).willReturn(aResponse().withStatus(200).withBody("hallo")));
		server.stubFor(head(urlPathEqualTo("/moved")).willReturn(aResponse().withStatus(301).withHeader("Location", "/gone")));
		server.stubFor(head(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
	}

	@AfterEach
	void stop() {
		server.stop();
		store.close();
	}

	@Test
	void reportsBrokenLinksWithTheirStatusAndCitingItems() {
		LinkChecker checker = new LinkChecker(store, settings(true), Clock.systemUTC());
		LinkChecker.Result result = checker.checkNow();
		assertThat(result.checked()).isEqualTo(5);
		assertThat(result.broken()).extracting(LinkChecker.BrokenLink::url, LinkChecker.BrokenLink::status)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(server.baseUrl() + "/gone", 404),
					org.assertj.core.groups.Tuple.tuple(server.baseUrl() + "/moved", 404),
					org.assertj.core.groups.Tuple.tuple(server.baseUrl() + "/slow", 0));
		assertThat(checker.last()).isNotNull().satisfies(last -> {
			assertThat(last.checked()).isEqualTo(5);
			assertThat(last.broken()).anySatisfy(link -> assertThat(link.citedBy()).containsExactly("http://test.example/id/subsidy/b"));
		});
	}

	@Test
	void neverRequestsPrivateAddresses() {
		LinkChecker checker = new LinkChecker(store, settings(false), Clock.systemUTC());
		LinkChecker.Result result = checker.checkNow();
		assertThat(result.broken()).hasSize(5).allSatisfy(link -> assertThat(link.reason()).contains("non-public"));
		assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	private static QualityProperties.LinkCheck settings(boolean allowPrivate) {
		return new QualityProperties.LinkCheck(Duration.ZERO, Duration.ofSeconds(1), Duration.ofMillis(5), 100, allowPrivate);
	}

}
