package nl.openmkb.catalogue.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import nl.openmkb.catalogue.harvest.HarvestException.Cause;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fetcher never reaches the service's own network (SSRF) and obeys its limits. */
class FetcherTests {

	static WireMockServer server;

	@BeforeAll
	static void start() {
		server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		server.start();
		server.stubFor(get(urlPathEqualTo("/data.ttl")).willReturn(aResponse().withHeader("Content-Type", "text/turtle")
			.withBody("<http://example.org/a> <http://example.org/b> \"c\" .")));
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "localhost", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
			"100.64.0.1", "0.0.0.0", "[::1]", "[fd00::1]", "[fe80::1]", "[::ffff:127.0.0.1]", "224.0.0.1" })
	void refusesPrivateLoopbackLinkLocalAndMetadataAddresses(String host) {
		AddressGuard guard = new AddressGuard(false);
		assertThatThrownBy(() -> guard.check(URI.create("http://" + host + "/data.ttl")))
			.isInstanceOfSatisfying(HarvestException.class, ex -> assertThat(ex.kind()).isEqualTo(Cause.ADDRESS_REFUSED));
	}

	@Test
	void allowsPublicAddresses() throws Exception {
		assertThat(AddressGuard.isPublic(InetAddress.getByName("145.97.39.155"))).isTrue();
		assertThat(AddressGuard.isPublic(InetAddress.getByName("2a00:1450:4001::1"))).isTrue();
	}

	@Test
	void refusesOtherSchemesAndUserInfo() {
		AddressGuard guard = new AddressGuard(true);
		assertThatThrownBy(() -> guard.check(URI.create("file:///etc/passwd"))).isInstanceOf(HarvestException.class);
		assertThatThrownBy(() -> guard.check(URI.create("http://user:pw@example.org/"))).isInstanceOf(HarvestException.class);
	}

	@Test
	void aSourceOnALoopbackAddressIsRefusedBeforeAnyRequest() {
		server.resetRequests();
		Fetcher fetcher = new Fetcher(new AddressGuard(false), url -> true, Duration.ofSeconds(1), Duration.ofSeconds(1),
				1024, 3);
		assertThatThrownBy(() -> fetcher.fetch(URI.create(server.baseUrl() + "/data.ttl"), List.of("text/turtle"),
				"text/turtle", Fetcher.Validators.none()))
			.isInstanceOfSatisfying(HarvestException.class, ex -> assertThat(ex.kind()).isEqualTo(Cause.ADDRESS_REFUSED));
		assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void aUrlOutsideTheAllowListIsRefusedBeforeAnyRequest() {
		server.resetRequests();
		Fetcher fetcher = new Fetcher(new AddressGuard(true), url -> false, Duration.ofSeconds(1), Duration.ofSeconds(1),
				1024, 3);
		assertThatThrownBy(() -> fetcher.fetch(URI.create(server.baseUrl() + "/data.ttl"), List.of("text/turtle"),
				"text/turtle", Fetcher.Validators.none()))
			.isInstanceOfSatisfying(HarvestException.class, ex -> assertThat(ex.kind()).isEqualTo(Cause.REDIRECT_REFUSED));
		assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void fetchesWithinTheLimits() {
		Fetcher fetcher = new Fetcher(new AddressGuard(true), url -> true, Duration.ofSeconds(1), Duration.ofSeconds(1),
				1024, 3);
		Fetcher.Response response = fetcher.fetch(URI.create(server.baseUrl() + "/data.ttl"), List.of("text/turtle"),
				"text/turtle", Fetcher.Validators.none());
		assertThat(new String(response.body())).contains("example.org");
		Fetcher small = new Fetcher(new AddressGuard(true), url -> true, Duration.ofSeconds(1), Duration.ofSeconds(1), 10, 3);
		assertThatThrownBy(() -> small.fetch(URI.create(server.baseUrl() + "/data.ttl"), List.of("text/turtle"),
				"text/turtle", Fetcher.Validators.none()))
			.isInstanceOfSatisfying(HarvestException.class, ex -> assertThat(ex.kind()).isEqualTo(Cause.TOO_LARGE));
	}

}
