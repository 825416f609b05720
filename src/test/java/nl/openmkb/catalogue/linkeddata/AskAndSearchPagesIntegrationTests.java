package nl.openmkb.catalogue.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.openmkb.catalogue.web.CatalogueIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The question form on the home page and the pages it leads to ({@code /vraag}, {@code /zoeken}): usable without
 * scripts (a plain GET form), answered from the same referral and search services as the API, everything escaped,
 * bad input a 400 page with the API's reasons; and the Content Security Policy of each page.
 */
@CatalogueIntegrationTest
class AskAndSearchPagesIntegrationTests {

	static final String HTML = "text/html";

	static final String QUESTION = "Mijn energiekosten zijn enorm gestegen, hoe kan ik besparen?";

	@LocalServerPort
	int port;

	LinkedDataClient client() {
		return new LinkedDataClient(port);
	}

	static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void homePageHasAQuestionFormThatWorksWithoutScripts() {
		String html = client().get("/?lang=nl", "Accept", HTML).body();
		String ask = section(html, "ask");
		assertThat(ask).contains("<form class=\"ask\" action=\"/vraag\" method=\"get\">")
			.contains("<input type=\"hidden\" name=\"lang\" value=\"nl\">")
			.contains("<label for=\"ask-question\">Je vraag</label>")
			.contains("<textarea id=\"ask-question\" name=\"question\"")
			.contains("<label for=\"ask-municipality\">Gemeente (niet verplicht)</label>")
			.contains("<select id=\"ask-municipality\" name=\"municipality\">")
			.contains("<option value=\"GM0344\">Utrecht</option>")
			.contains("<label for=\"ask-sbi\">")
			.contains("<input id=\"ask-sbi\" name=\"sbi\"")
			.contains("<button type=\"submit\">Vraag het</button>");
		assertThat(html).contains("<form class=\"search\" action=\"/zoeken\" method=\"get\" role=\"search\">");
	}

	@Test
	void homePageHostsTheGeneratorAndLinksToItWithoutScripts() {
		String embed = section(client().get("/?lang=en", "Accept", HTML).body(), "embed");
		assertThat(embed).contains("<div id=\"embed-generator\" data-heading-level=\"3\" data-lang=\"en\">")
			.contains("<a href=\"/embed/v1/\">Go to the embed code generator</a>");
		assertThat(client().get("/", "Accept", HTML).body())
			.contains("<script src=\"/embed/v1/generator.js\" defer></script>");
	}

	@Test
	void theAnswerPageListsProvidersWithReasonsAndChannelsAndItemsLinkingToTheirPages() {
		HttpResponse<String> page = client().get("/vraag?question=" + q(QUESTION) + "&municipality=GM0344&sbi=1071&lang=nl",
				"Accept", HTML);
		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		assertThat(html).contains("<h1>Waar moet ik heen met mijn vraag?</h1>")
			.contains("<q>" + QUESTION + "</q>")
			.contains("<h3>Hier kun je terecht</h3>")
			.contains("<a href=\"/doc/provider/rvo?lang=nl\">")
			.contains("<h3>Regelingen die kunnen helpen</h3>")
			.contains("href=\"/doc/guide/energie-besparen?lang=nl\"")
			.contains("Werkt in heel Nederland")
			.contains("<p class=\"why\">Bereikbaar via:</p>")
			.containsPattern("<a href=\"https://[^\"]+\">https://")
			.contains("<option value=\"GM0344\" selected=\"selected\">Utrecht</option>")
			.containsPattern("<input id=\"ask-sbi\" name=\"sbi\"[^>]*value=\"1071\">")
			.contains("href=\"/api/v1/referrals?question=Mijn%20energiekosten%20zijn%20enorm%20gestegen%2C%20hoe%20kan%20ik%20besparen%3F&amp;municipality=GM0344&amp;sbi=1071&amp;lang=nl\"");
		// Every item of the answer links to its own page here.
		Matcher links = Pattern.compile("<h4><a href=\"([^\"]+)\"").matcher(html);
		int providers = 0;
		while (links.find()) {
			assertThat(links.group(1)).startsWith("/doc/provider/");
			providers++;
		}
		assertThat(providers).isBetween(1, 5);
		assertThat(page.headers().firstValue("Content-Language")).hasValue("nl");
	}

	@Test
	void theAnswerPageIsInEnglishWhenAsked() {
		String html = client().get("/vraag?question=" + q("personeel aannemen") + "&lang=en", "Accept", HTML).body();
		assertThat(html).contains("<html lang=\"en\">").contains("<h3>Where you can go</h3>").contains("Why:");
	}

	@Test
	void theQuestionIsEchoedAsTextNeverAsMarkup() {
		String question = "<script>alert('x')</script> <b>energie</b> besparen \"quote\" & </textarea><img src=x>";
		String html = client().get("/vraag?question=" + q(question), "Accept", HTML).body();
		assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>energie</b>").doesNotContain("<img src=x>")
			.doesNotContain("</textarea><img");
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;b&gt;energie&lt;/b&gt;");
	}

	@Test
	void badInputIsA400PageWithTheApisReasonsAndTheFormFilledIn() {
		HttpResponse<String> empty = client().get("/vraag?question=&municipality=&sbi=&lang=en", "Accept", HTML);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("role=\"alert\"").contains("The question is empty; ask it in a few words.")
			.contains("<form class=\"ask\" action=\"/vraag\" method=\"get\">");

		HttpResponse<String> tooLong = client().get("/vraag?question=" + "energie+".repeat(80), "Accept", HTML);
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("Use at most 500 characters.");

		HttpResponse<String> unknown = client().get("/vraag?question=energie&municipality=GM9999&sbi=99999", "Accept", HTML);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("GM9999").contains("99999");
		assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");

		HttpResponse<String> words = client().get("/vraag?question=" + q("?!"), "Accept", HTML);
		assertThat(words.statusCode()).isEqualTo(400);
		assertThat(words.body()).contains("holds no word to go by");

		// The same reasons as the API gives for the same input.
		String api = client().get("/api/v1/referrals?question=energie&municipality=GM9999", "Accept", "application/json").body();
		assertThat(api).contains("GM9999");
	}

	@Test
	void aQueryStringThatIsNoUtf8IsBadInputNotAFailure() {
		for (String path : new String[] { "/vraag?question=%ff", "/zoeken?q=%ff", "/doc/subsidy?x=%ff" }) {
			HttpResponse<String> page = client().get(path, "Accept", HTML);
			assertThat(page.statusCode()).as(path).isEqualTo(400);
			assertThat(page.body()).as(path).contains("UTF-8");
		}
		HttpResponse<String> api = client().get("/api/v1/search?q=%ff", "Accept", "application/json");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void aProfileWithoutAQuestionIsAnsweredAndAMunicipalityMayBeGivenByName() {
		HttpResponse<String> page = client().get("/vraag?question=&municipality=utrecht&lang=nl", "Accept", HTML);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h3>Hier kun je terecht</h3>").contains("Werkt in de gemeente Utrecht")
			.contains("<option value=\"GM0344\" selected=\"selected\">Utrecht</option>");
	}

	@Test
	void theBareAskPageShowsTheForm() {
		HttpResponse<String> page = client().get("/vraag", "Accept", HTML);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<form class=\"ask\"").doesNotContain("role=\"alert\"");
	}

	@Test
	void theSearchPageListsResultsWithMarkedWordsAndRefusesEmptyInput() {
		HttpResponse<String> page = client().get("/zoeken?q=" + q("subsidies verduurzamen") + "&lang=nl", "Accept", HTML);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<ol class=\"results\">").containsPattern("<a href=\"/doc/[a-z-]+/[^\"]+\\?lang=nl\">")
			.contains("<mark>").contains("href=\"/api/v1/search?q=subsidies%20verduurzamen&amp;lang=nl\"");

		String markup = client().get("/zoeken?q=" + q("<img src=x onerror=alert(1)> energie"), "Accept", HTML).body();
		assertThat(markup).doesNotContain("<img src=x").contains("value=\"&lt;img src=x onerror=alert(1)&gt; energie\"");

		HttpResponse<String> empty = client().get("/zoeken?q=+", "Accept", HTML);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Give the words to search for in q");
		assertThat(client().get("/zoeken?q=" + "a".repeat(201), "Accept", HTML).statusCode()).isEqualTo(400);
	}

	@Test
	void onlyTheHomePageMayRunOurScriptsEveryOtherPageStaysStrict() {
		String home = client().get("/", "Accept", HTML).headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(home).contains("script-src 'self'").contains("connect-src 'self'").contains("default-src 'none'")
			.contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
		for (String path : new String[] { "/vraag", "/vraag?question=energie", "/vraag?question=", "/zoeken?q=energie",
				"/zoeken?q=", "/doc/subsidy", "/def", "/downloads" }) {
			String policy = client().get(path, "Accept", HTML).headers().firstValue("Content-Security-Policy").orElseThrow();
			assertThat(policy).as(path).isEqualTo(Pages.CONTENT_SECURITY_POLICY).doesNotContain("script-src");
		}
	}

	/** The HTML of one {@code <section id="…">} of a page. */
	static String section(String html, String id) {
		int start = html.indexOf("<section id=\"" + id + "\"");
		assertThat(start).as("section " + id).isNotNegative();
		return html.substring(start, html.indexOf("</section>", start));
	}

}
