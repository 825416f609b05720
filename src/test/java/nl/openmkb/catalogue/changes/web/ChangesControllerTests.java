package nl.openmkb.catalogue.changes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.openmkb.catalogue.web.Bodies;
import nl.openmkb.catalogue.web.CatalogueWebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code /api/v1/changes} over the web-slice store, whose one write created every fixture resource. */
@CatalogueWebTest
class ChangesControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsChangesOldestFirstWithACursorToContinueFrom() {
		MvcTestResult result = mvc.get().uri("/api/v1/changes?pageSize=2").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).headers().containsHeader("ETag").containsHeader("API-Version");
		assertThat(Bodies.<List<Integer>>json(result, "$.changes[*].sequence")).containsExactly(1, 2);
		assertThat(Bodies.<List<String>>json(result, "$.changes[*].change")).containsOnly("created");
		Map<String, Object> first = Bodies.json(result, "$.changes[0]");
		assertThat(first).containsKeys("id", "type", "identifier", "time", "link");
		assertThat((String) first.get("id")).startsWith("http://localhost:8080/id/" + first.get("type") + "/");
		assertThat(Bodies.<String>json(result, "$.cursor")).isEqualTo("2");
		assertThat(Bodies.<Boolean>json(result, "$.hasMore")).isTrue();
		assertThat(Bodies.<String>json(result, "$._links.next.href")).isEqualTo("http://localhost/api/v1/changes?cursor=2&pageSize=2");

		MvcTestResult next = mvc.get().uri("/api/v1/changes?cursor=2&pageSize=2").exchange();
		assertThat(Bodies.<List<Integer>>json(next, "$.changes[*].sequence")).containsExactly(3, 4);
	}

	@Test
	void linksEachChangeToTheResourceInTheApi() {
		List<Map<String, Object>> subsidies = new java.util.ArrayList<>();
		String next = "/api/v1/changes?pageSize=1000";
		MvcTestResult page;
		do {
			page = mvc.get().uri(next).exchange();
			subsidies.addAll(Bodies.<List<Map<String, Object>>>json(page, "$.changes[?(@.type == 'subsidy')]"));
			next = Bodies.<String>json(page, "$._links.next.href").replace("http://localhost", "");
		}
		while (Bodies.<Boolean>json(page, "$.hasMore"));
		// Other slice tests may write to the shared store: a deleted scheme has no link.
		assertThat(subsidies).isNotEmpty().allSatisfy(change -> assertThat((String) change.get("link"))
			.isEqualTo("deleted".equals(change.get("change")) ? null
					: "http://localhost/api/v1/subsidies/" + change.get("identifier")));
	}

	@Test
	void startsAtAMomentWithSince() {
		assertThat(Bodies.<List<Integer>>json(mvc.get().uri("/api/v1/changes?since=2000-01-01&pageSize=1").exchange(),
				"$.changes[*].sequence")).containsExactly(1);
		assertThat(Bodies.<List<Integer>>json(mvc.get().uri("/api/v1/changes?since={since}&pageSize=1", "2000-01-01T00:00:00+01:00").exchange(),
				"$.changes[*].sequence")).containsExactly(1);
	}

	@Test
	void anEmptyPageAtTheEndKeepsTheCursorForPolling() {
		String next = "/api/v1/changes?pageSize=1000";
		MvcTestResult page;
		do {
			page = mvc.get().uri(next).exchange();
			next = Bodies.<String>json(page, "$._links.next.href").replace("http://localhost", "");
		}
		while (Bodies.<Boolean>json(page, "$.hasMore"));
		String cursor = Bodies.json(page, "$.cursor");

		MvcTestResult end = mvc.get().uri(next).exchange();
		assertThat(end).hasStatusOk();
		assertThat(Bodies.<List<Object>>json(end, "$.changes")).isEmpty();
		assertThat(Bodies.<String>json(end, "$.cursor")).isEqualTo(cursor);
		assertThat(Bodies.<Boolean>json(end, "$.hasMore")).isFalse();
		assertThat(Bodies.<String>json(end, "$._links.next.href")).contains("cursor=" + cursor);
	}

	@Test
	void refusesMalformedOrFutureSinceAndCursor() {
		assertParam("/api/v1/changes?since=gisteren", "since", "malformed");
		assertParam("/api/v1/changes?since=2026-13-01", "since", "malformed");
		assertParam("/api/v1/changes?since=2999-01-01", "since", "future");
		assertParam("/api/v1/changes?since=2999-01-01T00:00:00Z", "since", "future");
		assertParam("/api/v1/changes?cursor=abc", "cursor", "malformed");
		assertParam("/api/v1/changes?cursor=-1", "cursor", "malformed");
		assertParam("/api/v1/changes?cursor=99999999", "cursor", "future");
		assertParam("/api/v1/changes?cursor=1&since=2000-01-01", "cursor", "conflict");
		assertParam("/api/v1/changes?pageSize=0", "pageSize", "malformed");
		assertParam("/api/v1/changes?pageSize=1001", "pageSize", "malformed");
		assertParam("/api/v1/changes?after=1", "after", "unknownParameter");
	}

	private void assertParam(String uri, String name, String code) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatus(400);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(Bodies.<Map<String, Object>>json(result, "$.invalidParams[0]")).as(uri)
			.containsEntry("name", name)
			.containsEntry("code", code);
	}

}
