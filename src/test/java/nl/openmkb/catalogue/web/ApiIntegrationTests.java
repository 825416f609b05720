package nl.openmkb.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Walks the running API the way a client does: from the root, through links only, to a scheme, its legal basis and
 * its provider, and back from the provider to its schemes.
 */
@CatalogueIntegrationTest
class ApiIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void walksFromTheRootToASchemeItsLegalBasisAndItsProviderByLinksAlone() throws Exception {
		String root = get("http://localhost:" + port + "/api/v1").body();
		String subsidies = JsonPath.read(root, "$._links.subsidies.href");

		String scheme = findSchemeWithLegalBasis(subsidies).orElseThrow();
		String schemeIdentifier = JsonPath.read(scheme, "$.identifier");

		String regulationHref = JsonPath.read(scheme, "$._links.legalResource[0].href");
		String regulation = get(regulationHref).body();
		assertThat(JsonPath.<String>read(regulation, "$.bwbId")).startsWith("BWB");
		assertThat(JsonPath.<String>read(regulation, "$._links.self.href")).isEqualTo(regulationHref);

		String providerHref = JsonPath.read(scheme, "$._links.competentAuthority[0].href");
		String provider = get(providerHref).body();
		assertThat(JsonPath.<String>read(provider, "$._links.self.href")).isEqualTo(providerHref);
		String providerSchemes = JsonPath.read(provider, "$._links.subsidies.href");
		assertThat(collect(providerSchemes, "$._embedded.subsidies[*].identifier")).contains(schemeIdentifier);
	}

	@Test
	void servesTheSameSchemeAsJsonLdAndRevalidatesIt() throws Exception {
		String subsidies = JsonPath.read(get("http://localhost:" + port + "/api/v1").body(), "$._links.subsidies.href");
		String first = JsonPath.read(get(subsidies).body(), "$._embedded.subsidies[0]._links.self.href");

		HttpResponse<String> jsonLd = http.send(HttpRequest.newBuilder(URI.create(first)).header("Accept", "application/ld+json").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(jsonLd.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<Map<String, Object>>read(jsonLd.body(), "$['@context']")).containsKey("title");
		String etag = jsonLd.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> revalidated = http.send(HttpRequest.newBuilder(URI.create(first))
			.header("Accept", "application/ld+json")
			.header("If-None-Match", etag)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.headers().firstValue(ApiVersion.HEADER)).contains(ApiVersion.CURRENT);
	}

	private Optional<String> findSchemeWithLegalBasis(String pageHref) throws Exception {
		String href = pageHref;
		while (href != null) {
			String page = get(href).body();
			for (String self : JsonPath.<List<String>>read(page, "$._embedded.subsidies[*]._links.self.href")) {
				String scheme = get(self).body();
				if (!JsonPath.<List<Object>>read(scheme, "$._links[?(@.legalResource)]").isEmpty()
						&& !JsonPath.<List<Object>>read(scheme, "$._links[?(@.competentAuthority)]").isEmpty()) {
					return Optional.of(scheme);
				}
			}
			href = JsonPath.<List<String>>read(page, "$._links[?(@.next)].next.href").stream().findFirst().orElse(null);
		}
		return Optional.empty();
	}

	private List<String> collect(String pageHref, String path) throws Exception {
		List<String> all = new java.util.ArrayList<>();
		String href = pageHref;
		while (href != null) {
			String page = get(href).body();
			all.addAll(JsonPath.<List<String>>read(page, path));
			href = JsonPath.<List<String>>read(page, "$._links[?(@.next)].next.href").stream().findFirst().orElse(null);
		}
		return all;
	}

	private HttpResponse<String> get(String href) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(href)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(href).isEqualTo(200);
		assertThat(response.headers().firstValue(ApiVersion.HEADER)).contains(ApiVersion.CURRENT);
		return response;
	}

}
