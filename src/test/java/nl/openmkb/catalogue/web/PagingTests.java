package nl.openmkb.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@CatalogueWebTest
class PagingTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void firstPageLinksToNextAndLastButNotPrevious() {
		MvcTestResult result = get("/api/v1/subsidies?pageSize=2&theme=innovatie,starten,verduurzaming,financiering,arbeidsmarkt-en-personeel");

		Map<String, Object> links = Bodies.json(result, "$._links");
		assertThat(links).containsKeys("self", "first", "next", "last").doesNotContainKey("prev");
		assertThat(Bodies.<String>json(result, "$._links.next.href")).isEqualTo(
				"http://localhost/api/v1/subsidies?pageSize=2&theme=innovatie,starten,verduurzaming,financiering,arbeidsmarkt-en-personeel&page=2");
		assertThat(Bodies.<String>json(result, "$._links.last.href")).endsWith("&page=3");
		assertThat(Bodies.<Map<String, Object>>json(result, "$.page")).containsEntry("number", 1)
			.containsEntry("size", 2)
			.containsEntry("totalElements", 5)
			.containsEntry("totalPages", 3);
	}

	@Test
	void middlePageLinksBothWaysAndKeepsTheFilters() {
		MvcTestResult result = get("/api/v1/subsidies?page=2&pageSize=2");

		assertThat(Bodies.<List<String>>json(result, "$._embedded.subsidies[*].identifier"))
			.containsExactly("gemeentelijke-startersregeling", "innovatiekrediet");
		assertThat(Bodies.<String>json(result, "$._links.prev.href")).isEqualTo("http://localhost/api/v1/subsidies?pageSize=2");
		assertThat(Bodies.<String>json(result, "$._links.next.href"))
			.isEqualTo("http://localhost/api/v1/subsidies?pageSize=2&page=3");
		assertThat(Bodies.<String>json(result, "$._links.self.href"))
			.isEqualTo("http://localhost/api/v1/subsidies?pageSize=2&page=2");
	}

	@Test
	void lastPageHasNoNext() {
		MvcTestResult result = get("/api/v1/subsidies?page=3&pageSize=2");

		assertThat(Bodies.<List<String>>json(result, "$._embedded.subsidies[*].identifier")).containsExactly("werkfit-midden-utrecht");
		assertThat(Bodies.<Map<String, Object>>json(result, "$._links")).containsKeys("prev", "last").doesNotContainKey("next");
	}

	@Test
	void usesTheDocumentedDefaults() {
		MvcTestResult result = get("/api/v1/subsidies");

		assertThat(Bodies.<Integer>json(result, "$.page.size")).isEqualTo(20);
		assertThat(Bodies.<Integer>json(result, "$.page.number")).isEqualTo(1);
	}

	@Test
	void answersAPageBeyondTheEndWithNotFound() {
		MvcTestResult result = get("/api/v1/subsidies?page=4&pageSize=2");

		assertThat(result).hasStatus(404).hasContentType(ApiMediaTypes.PROBLEM_JSON);
		assertThat(Bodies.<String>json(result, "$.type")).isEqualTo(ProblemTypes.PAGE_OUT_OF_RANGE.toString());
		assertThat(Bodies.<Integer>json(result, "$.lastPage")).isEqualTo(3);
	}

	@Test
	void anEmptyResultHasAnEmptyFirstPageAndNoSecond() {
		MvcTestResult empty = get("/api/v1/subsidies?q=onvindbaar");

		assertThat(empty).hasStatusOk();
		assertThat(Bodies.<List<Object>>json(empty, "$._embedded.subsidies")).isEmpty();
		assertThat(Bodies.<Integer>json(empty, "$.page.totalElements")).isZero();
		assertThat(get("/api/v1/subsidies?q=onvindbaar&page=2")).hasStatus(404);
	}

	@Test
	void refusesPageSizesAndNumbersOutOfRange() {
		assertInvalid("/api/v1/subsidies?pageSize=101", "pageSize", "maximum");
		assertInvalid("/api/v1/subsidies?pageSize=0", "pageSize", "minimum");
		assertInvalid("/api/v1/subsidies?pageSize=veel", "pageSize", "malformed");
		assertInvalid("/api/v1/subsidies?page=0", "page", "minimum");
		assertInvalid("/api/v1/subsidies?page=-1", "page", "minimum");
		assertInvalid("/api/v1/subsidies?page=1.5", "page", "malformed");
		assertInvalid("/api/v1/themes?pageSize=1000", "pageSize", "maximum");
	}

	@Test
	void acceptsTheLargestPageSize() {
		assertThat(get("/api/v1/sbi-codes?pageSize=100")).hasStatusOk();
		assertThat(Bodies.<List<Object>>json(get("/api/v1/sbi-codes?pageSize=100"), "$._embedded.sbiCodes")).hasSize(100);
	}

	private void assertInvalid(String uri, String name, String code) {
		MvcTestResult result = get(uri);
		assertThat(result).as(uri).hasStatus(400).hasContentType(ApiMediaTypes.PROBLEM_JSON);
		assertThat(Bodies.<String>json(result, "$.invalidParams[0].name")).as(uri).isEqualTo(name);
		assertThat(Bodies.<String>json(result, "$.invalidParams[0].code")).as(uri).isEqualTo(code);
		assertThat(Bodies.<String>json(result, "$.invalidParams[0].reason")).as(uri).isNotBlank();
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(URI.create(uri)).exchange();
	}

}
