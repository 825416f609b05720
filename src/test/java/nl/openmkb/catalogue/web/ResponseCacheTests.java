package nl.openmkb.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.GraphNames;
import nl.openmkb.catalogue.store.StoreChange;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@CatalogueWebTest
class ResponseCacheTests {

	private static final String EXTRA = "test/extra";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogueStore store;

	@AfterEach
	void removeExtraData() {
		String graph = GraphNames.sourceGraph(CatalogueWebTestConfiguration.BASE, EXTRA);
		if (store.sources().containsKey(graph)) {
			store.apply(new StoreChange(java.util.List.of(), java.util.List.of(graph)));
		}
	}

	@Test
	void tagsResponsesWithTheGenerationAndAllowsCaching() {
		MvcTestResult result = mvc.get().uri("/api/v1/subsidies/innovatiekrediet").exchange();

		assertThat(result).hasStatusOk().hasHeader(HttpHeaders.CACHE_CONTROL, "max-age=60, public");
		assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).startsWith("W/\"" + store.generation() + "-");
		assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).contains("Accept, Accept-Language");
	}

	@Test
	void answersARevalidationWithNotModified() {
		String etag = etag("/api/v1/subsidies?theme=innovatie", MediaType.ALL);

		MvcTestResult result = mvc.get().uri("/api/v1/subsidies?theme=innovatie").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();

		assertThat(result).hasStatus(304).hasHeader(HttpHeaders.ETAG, etag).hasHeader(ApiVersion.HEADER, ApiVersion.CURRENT);
		assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(mvc.get().uri("/api/v1/subsidies?theme=innovatie").header(HttpHeaders.IF_NONE_MATCH, "W/\"0-x\", " + etag))
			.hasStatus(304);
		assertThat(mvc.get().uri("/api/v1/subsidies?theme=innovatie").header(HttpHeaders.IF_NONE_MATCH, "W/\"0-x\""))
			.hasStatusOk();
	}

	@Test
	void givesEachRepresentationItsOwnTag() {
		String hal = etag("/api/v1/subsidies/innovatiekrediet", MediaType.parseMediaType(ApiMediaTypes.HAL_JSON));
		String turtle = etag("/api/v1/subsidies/innovatiekrediet", MediaType.parseMediaType(ApiMediaTypes.TURTLE));

		assertThat(hal).isNotEqualTo(turtle);
		assertThat(mvc.get().uri("/api/v1/subsidies/innovatiekrediet").accept(MediaType.parseMediaType(ApiMediaTypes.TURTLE))
			.header(HttpHeaders.IF_NONE_MATCH, hal)).hasStatusOk().hasContentType("text/turtle;charset=UTF-8");
	}

	@Test
	void aWriteMakesOldTagsAndResponsesStale() {
		String before = etag("/api/v1/subsidies?pageSize=100", MediaType.ALL);
		assertThat(total()).isEqualTo(5);

		CatalogueWebTestConfiguration.write(store, EXTRA, CatalogueWebTestConfiguration.turtle("""
				<id/subsidy/nieuw> a <http://purl.org/vocab/cpsv#PublicService> ;
				    <http://purl.org/dc/terms/identifier> "nieuw" ;
				    <http://purl.org/dc/terms/title> "Nieuwe regeling"@nl .
				"""));

		MvcTestResult after = mvc.get().uri("/api/v1/subsidies?pageSize=100").header(HttpHeaders.IF_NONE_MATCH, before).exchange();
		assertThat(after).hasStatusOk();
		assertThat(after.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(before);
		assertThat(total()).isEqualTo(6);
	}

	@Test
	void answersHeadWithTheHeadersOfGet() {
		String etag = etag("/api/v1/themes", MediaType.ALL);

		MvcTestResult head = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head("/api/v1/themes"));

		assertThat(head).hasStatusOk().hasHeader(HttpHeaders.ETAG, etag).hasContentType(ApiMediaTypes.HAL_JSON);
		assertThat(head.getResponse().getContentAsByteArray()).isEmpty();
	}

	@Test
	void letsAnyOriginRead() {
		MvcTestResult result = mvc.get().uri("/api/v1/subsidies").header(HttpHeaders.ORIGIN, "https://branche.example").exchange();

		assertThat(result).hasStatusOk().hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		assertThat(result.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS)).contains("ETag", "API-Version",
				"Link");
		MvcTestResult preflight = mvc.options().uri("/api/v1/subsidies")
			.header(HttpHeaders.ORIGIN, "https://branche.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "if-none-match")
			.exchange();
		assertThat(preflight).hasStatusOk().hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		assertThat(preflight.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).contains("GET")
			.doesNotContain("POST");
	}

	@Test
	void matchesTagsWeakly() {
		assertThat(ResponseCache.matches("W/\"1-a\"", "W/\"1-a\"")).isTrue();
		assertThat(ResponseCache.matches("\"1-a\"", "W/\"1-a\"")).isTrue();
		assertThat(ResponseCache.matches("\"1-b\", W/\"1-a\"", "W/\"1-a\"")).isTrue();
		assertThat(ResponseCache.matches("*", "W/\"1-a\"")).isTrue();
		assertThat(ResponseCache.matches("W/\"2-a\"", "W/\"1-a\"")).isFalse();
		assertThat(ResponseCache.matches(null, "W/\"1-a\"")).isFalse();
	}

	private int total() {
		return Bodies.json(mvc.get().uri("/api/v1/subsidies?pageSize=100").exchange(), "$.page.totalElements");
	}

	private String etag(String uri, MediaType accept) {
		MvcTestResult result = mvc.get().uri(uri).accept(accept).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getHeader(HttpHeaders.ETAG);
	}

}
