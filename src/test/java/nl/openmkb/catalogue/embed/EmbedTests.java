package nl.openmkb.catalogue.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPOutputStream;

import nl.openmkb.catalogue.web.CatalogueWebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The widget script's budget and rules, the iframe page's escaping and the generator page. */
@CatalogueWebTest
class EmbedTests {

	/**
	 * The widget's size budget: what a host page pays for embedding it. It grew from 8 KB (3 KB gzipped) to 11 KB
	 * (4 KB gzipped) with the "ask a question" mode; docs/api/embed.md states the same numbers.
	 */
	static final int BUDGET_BYTES = 11 * 1024;

	static final int BUDGET_GZIP_BYTES = 4 * 1024;

	@Autowired
	MockMvcTester mvc;

	@Test
	void theWidgetStaysWithinItsSizeBudget() throws IOException {
		byte[] script = read("static/embed/v1/widget.js");

		assertThat(script.length).as("widget.js in bytes").isLessThanOrEqualTo(BUDGET_BYTES);
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
			gzip.write(script);
		}
		assertThat(zipped.size()).as("widget.js gzipped in bytes").isLessThanOrEqualTo(BUDGET_GZIP_BYTES);
	}

	@Test
	void theScriptsNeverParseHtmlNorKeepState() throws IOException {
		for (String script : new String[] { "static/embed/v1/widget.js", "static/embed/v1/generator.js" }) {
			String text = new String(read(script), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(text).as(script)
				.doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
						"document.cookie", "localStorage", "sessionStorage", "import(");
		}
	}

	@Test
	void servesTheWidgetScript() {
		MvcTestResult result = mvc.get().uri("/embed/v1/widget.js").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).contains("javascript");
	}

	@Test
	void theIframePageEscapesWhatItIsGiven() throws IOException {
		MvcTestResult result = mvc.get()
			.uri("/embed/v1/list?type=subsidies&heading={h}&theme={t}&unknown=x", "<script>alert(1)</script>",
					"\"><img src=x onerror=alert(1)>")
			.exchange();

		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("<mkb-catalogue type=\"subsidies\" theme=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\" "
				+ "heading=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></mkb-catalogue>");
		assertThat(html).doesNotContain("<img", "alert(1)</script>", "unknown");
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors *");
	}

	@Test
	void theIframePagePassesTheAskModeOn() throws IOException {
		MvcTestResult result = mvc.get().uri("/embed/v1/list?mode=ask&municipality=GM0344&lang=en").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("<mkb-catalogue mode=\"ask\" municipality=\"GM0344\" lang=\"en\"></mkb-catalogue>");
	}

	@Test
	void theGeneratorPageMountsTheGenerator() {
		MvcTestResult result = mvc.get().uri("/embed/v1/").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getForwardedUrl()).isEqualTo("/embed/v1/index.html");
		assertThat(mvc.get().uri("/embed/v1")).hasStatus3xxRedirection();
	}

	private static byte[] read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
	}

}
