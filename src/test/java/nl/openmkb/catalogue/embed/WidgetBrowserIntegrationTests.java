package nl.openmkb.catalogue.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import nl.openmkb.catalogue.changes.RunningCatalogue;
import nl.openmkb.catalogue.ingest.ImportReport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget in a real headless Chromium (Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; no
 * browser is downloaded), embedded in a plain HTML page served from another origin (a second small server on its
 * own port): rendered items, link targets, keyboard focus, markup in the data shown as text, readable messages for
 * unknown attribute values, the iframe variant, the "ask a question" mode (typed and sent with the keyboard), and the
 * home page's embed code generator and question form. Saves screenshots to {@code target/screenshots/} (widget.png,
 * widget-ask.png, home-generator.png; {@code docs/screenshots/} with {@code -Dscreenshots.update=true}). Skipped, loudly, when
 * Chromium or its driver is missing.
 */
class WidgetBrowserIntegrationTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final String MARKUP_TITLE = "Aaa <img src=x onerror=\"document.title='pwned'\"> <b>vet</b> & \"zo\"";

	@TempDir
	static Path directory;

	static RunningCatalogue catalogue;

	static HttpServer host;

	static ChromeDriver browser;

	@BeforeAll
	static void start() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			System.err.println("*** skipped: " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing (apt-get install chromium chromium-driver), so the widget was not tested in a browser ***");
			Assumptions.abort("skipped: no Chromium or chromedriver");
		}
		catalogue = RunningCatalogue.start(directory, true);
		ImportReport report = catalogue.importTurtle("test/markup", """
				PREFIX cpsv: <http://purl.org/vocab/cpsv#>
				PREFIX cv:   <http://data.europa.eu/m8g/>
				PREFIX dct:  <http://purl.org/dc/terms/>
				PREFIX adms: <http://www.w3.org/ns/adms#>
				PREFIX foaf: <http://xmlns.com/foaf/0.1/>
				PREFIX mkb:  <https://w3id.org/open-mkb/def#>
				PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
				<id/subsidy/markup-test> a cpsv:PublicService, mkb:Scheme ;
				    dct:identifier "markup-test" ;
				    dct:title "%s"@nl, "Markup test"@en ;
				    dct:description "Tekst met <script>document.title='pwned'</script> en <i>opmaak</i>."@nl, "Text."@en ;
				    cv:hasCompetentAuthority <id/provider/rvo> ;
				    cv:hasLegalResource <id/regulation/bwbr0007746> ;
				    cv:thematicArea <id/theme/verduurzaming> ;
				    dct:audience <id/audience/mkb-breed> ;
				    cv:isGroupedBy <id/event/investeren> ;
				    dct:spatial <http://publications.europa.eu/resource/authority/country/NLD> ;
				    cv:isClassifiedBy <id/scheme-kind/subsidie> ;
				    adms:status <id/status/open> ;
				    foaf:page <https://example.org/markup-test> ;
				    dct:source <https://example.org/markup-test> ;
				    dct:modified "2026-11-27"^^xsd:date .
				""".formatted(MARKUP_TITLE.replace("\"", "\\\"")));
		assertThat(report.outcomes()).as(report.toString())
			.allSatisfy(o -> assertThat(o.status()).isEqualTo(ImportReport.Status.LOADED));
		host = startHost(catalogue.url());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=900,1200",
				"--lang=nl");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		if (host != null) {
			host.stop(0);
		}
		if (catalogue != null) {
			catalogue.close();
		}
	}

	/** A plain page on another origin (127.0.0.1 and its own port, the service is on localhost) with the widget. */
	static HttpServer startHost(String service) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", exchange -> {
				byte[] page = """
						<!DOCTYPE html>
						<html lang="nl"><head><meta charset="utf-8"><title>Branchevereniging</title>
						<style>body{font-family:sans-serif;max-width:50rem;margin:1rem auto}
						mkb-catalogue{--mkb-color-link:#7a1f5c;--mkb-radius:8px;margin-bottom:1rem}</style></head>
						<body>
						<h1>Voor onze leden</h1>
						<a id="before" href="#top">Naar boven</a>
						<mkb-catalogue id="main" type="subsidies" theme="verduurzaming" sbi="56" municipality="GM0344" lang="nl" limit="5"></mkb-catalogue>
						<mkb-catalogue id="unknown-theme" type="subsidies" theme="geen-thema"></mkb-catalogue>
						<mkb-catalogue id="unknown-type" type="recepten"></mkb-catalogue>
						<mkb-catalogue id="unknown-mode" mode="chat" lang="en"></mkb-catalogue>
						<mkb-catalogue id="ask" mode="ask" municipality="GM0344" sbi="1071" lang="nl"></mkb-catalogue>
						<p id="after">Einde van de pagina</p>
						<script src="%s/embed/v1/widget.js"></script>
						</body></html>
						""".formatted(service).getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, page.length);
				exchange.getResponseBody().write(page);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	String hostUrl() {
		return "http://127.0.0.1:" + host.getAddress().getPort() + "/";
	}

	@Test
	void rendersTheItemsOfTheApiWithTheirLinksAndShowsMarkupAsText() throws Exception {
		browser.get(hostUrl());
		SearchContext main = shadow("main");
		List<WebElement> links = waitFor(main, "li a", 5);

		String api = catalogue.get("/api/v1/subsidies?theme=verduurzaming&sbi=56&municipality=GM0344&lang=nl&pageSize=5",
				"application/hal+json").body();
		List<String> ids = JsonPath.read(api, "$._embedded.subsidies[*].id");
		List<String> titles = JsonPath.read(api, "$._embedded.subsidies[*].title");
		assertThat(links).extracting(a -> a.getAttribute("href")).containsExactlyElementsOf(ids);
		assertThat(links).extracting(WebElement::getText).containsExactlyElementsOf(titles);
		assertThat(main.findElements(By.cssSelector("li p"))).extracting(WebElement::getText).hasSize(5).doesNotContain("");

		assertThat(links.get(0).getText()).isEqualTo(MARKUP_TITLE);
		assertThat(main.findElements(By.cssSelector("img, b, i, script:not(style)"))).isEmpty();
		assertThat(main.findElement(By.cssSelector("li p")).getText()).contains("<script>document.title='pwned'</script>");
		assertThat(browser.getTitle()).isEqualTo("Branchevereniging");
		assertThat(((JavascriptExecutor) browser).executeScript("return document.cookie")).isEqualTo("");
		assertThat(main.findElement(By.cssSelector("section")).getAttribute("aria-label")).isEqualTo("Subsidies en regelingen");
		assertThat(main.findElement(By.cssSelector("h2")).getText()).isEqualTo("Subsidies en regelingen");

		screenshot("widget.png");
	}

	/** Kept in target/ on every run; docs/ is updated only when asked (-Dscreenshots.update=true), so a test run never
	 * leaves the working tree changed. */
	static void screenshot(String name) throws java.io.IOException {
		screenshot(browser, name);
	}

	static void screenshot(org.openqa.selenium.TakesScreenshot of, String name) throws java.io.IOException {
		Path screenshot = of.getScreenshotAs(OutputType.FILE).toPath();
		Path target = Path.of(Boolean.getBoolean("screenshots.update") ? "docs/screenshots" : "target/screenshots", name);
		Files.createDirectories(target.getParent());
		Files.copy(screenshot, target, StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void theAskModeAnswersAQuestionTypedAndSentWithTheKeyboard() throws Exception {
		browser.get(hostUrl());
		SearchContext ask = shadow("ask");
		WebElement input = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> ask.findElement(By.cssSelector("form input")));
		WebElement label = ask.findElement(By.cssSelector("form label"));
		assertThat(label.getText()).isEqualTo("Je vraag");
		assertThat(label.getAttribute("for")).isEqualTo(input.getAttribute("id"));
		assertThat(ask.findElement(By.cssSelector("[aria-live=polite]"))).isNotNull();

		// Clicking the label focuses the field (it is labelled); the rest is the keyboard: type, Tab to the button, Enter.
		label.click();
		String question = "Mijn energiekosten zijn enorm gestegen, hoe kan ik besparen?";
		new Actions(browser).sendKeys(question).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
		Object focused = ((JavascriptExecutor) browser).executeScript(
				"return document.getElementById('ask').shadowRoot.activeElement.tagName");
		assertThat(focused).isEqualTo("BUTTON");

		List<WebElement> providers = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
			List<WebElement> found = ask.findElements(By.cssSelector("[aria-live=polite] ol > li > a"));
			return found.isEmpty() ? null : found;
		});
		String api = catalogue.get("/api/v1/referrals?question=" + java.net.URLEncoder.encode(question, StandardCharsets.UTF_8)
				+ "&municipality=GM0344&sbi=1071&lang=nl", "application/hal+json").body();
		List<String> providerIds = JsonPath.read(api, "$.providers[*].id");
		List<String> reasons = JsonPath.read(api, "$.providers[0].reasons[*].text");
		assertThat(providers).extracting(a -> a.getAttribute("href")).containsExactlyElementsOf(providerIds)
			.allSatisfy(href -> assertThat(href).startsWith("http://localhost:8080/id/provider/"));
		assertThat(providers.get(0).getText()).isEqualTo(JsonPath.read(api, "$.providers[0].title"));
		List<WebElement> firstReasons = ask.findElements(By.cssSelector("[aria-live=polite] ol > li:first-child li"));
		assertThat(firstReasons).extracting(WebElement::getText).isNotEmpty().isSubsetOf(reasons);
		assertThat(ask.findElements(By.cssSelector("[aria-live=polite] ul > li > a")))
			.extracting(a -> a.getAttribute("href"))
			.isNotEmpty()
			.allSatisfy(href -> assertThat(href).matches("http://localhost:8080/id/(subsidy|guide)/[a-z0-9-]+"));
		assertThat(ask.findElements(By.cssSelector("h3"))).extracting(WebElement::getText)
			.contains("Hier kun je terecht", "Stappenplannen");
		assertThat(ask.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Organisaties gevonden: ");
		((JavascriptExecutor) browser).executeScript("document.getElementById('ask').scrollIntoView()");
		screenshot(browser.findElement(By.id("ask")), "widget-ask.png");

		// An empty question: the API's reason, as an alert, and the host page unharmed.
		input.clear();
		input.sendKeys(Keys.ENTER);
		WebElement message = waitForMessage(ask);
		assertThat(message.getText()).contains("The question is empty");
		assertThat(message.getAttribute("role")).isEqualTo("alert");
		assertThat(browser.findElement(By.id("after")).getText()).isEqualTo("Einde van de pagina");
	}

	@Test
	void theHomePageRunsTheGeneratorUnderItsPolicyAndItsQuestionFormNeedsNoScript() throws Exception {
		browser.get(catalogue.url() + "/?lang=nl");
		WebElement type = new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(d -> d.findElement(By.cssSelector("#embed-generator #embed-generator-type")));
		// The generator replaced the link shown without scripts, with headings under the section's h2.
		assertThat(browser.findElements(By.cssSelector("#embed-generator > p > a[href='/embed/v1/']"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#embed-generator > h3"))).hasSize(3);
		WebElement preview = new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(d -> d.findElement(By.cssSelector("#embed-generator [aria-label='Voorbeeld'] mkb-catalogue")));
		waitFor(preview.getShadowRoot(), "li a", 5);
		// The widget's styles apply although the page allows no inline styles (a constructed style sheet).
		Object size = ((JavascriptExecutor) browser).executeScript(
				"return getComputedStyle(arguments[0].shadowRoot.querySelector('h2')).fontSize", preview);
		assertThat(size).isEqualTo("20px");
		screenshot("home-generator.png");

		new org.openqa.selenium.support.ui.Select(type).selectByValue("ask");
		WebElement code = browser.findElement(By.cssSelector("textarea[aria-label^='Code voor de widget']"));
		assertThat(code.getAttribute("value")).contains("mode=\"ask\"").doesNotContain("type=").doesNotContain("limit=");
		assertThat(browser.findElement(By.cssSelector("textarea[aria-label^='Code voor een iframe']")).getAttribute("value"))
			.contains("/embed/v1/list?mode=ask");
		WebElement askPreview = new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(d -> d.findElement(By.cssSelector("#embed-generator [aria-label='Voorbeeld'] mkb-catalogue[mode=ask]")));
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> askPreview.getShadowRoot().findElement(By.cssSelector("form input")));

		// The question form is a plain GET form: typing and sending it leads to the answer page.
		WebElement question = browser.findElement(By.id("ask-question"));
		question.sendKeys("Ik wil mijn eerste personeelslid aannemen");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ask-municipality"))).selectByValue("GM0344");
		browser.findElement(By.cssSelector("form.ask button[type=submit]")).sendKeys(Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/vraag?"));
		assertThat(browser.getCurrentUrl()).contains("question=Ik+wil+mijn+eerste+personeelslid+aannemen")
			.contains("municipality=GM0344");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Waar moet ik heen met mijn vraag?");
		assertThat(browser.findElements(By.cssSelector("ol.answers h4 a"))).isNotEmpty()
			.allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/doc/provider/"));
		assertThat(browser.findElement(By.id("ask-question")).getAttribute("value"))
			.isEqualTo("Ik wil mijn eerste personeelslid aannemen");
	}

	@Test
	void theKeyboardReachesEveryLinkInOrder() {
		browser.get(hostUrl());
		List<WebElement> links = waitFor(shadow("main"), "li a", 5);
		browser.findElement(By.id("before")).sendKeys("");
		((JavascriptExecutor) browser).executeScript("document.getElementById('before').focus()");
		for (int i = 0; i < links.size(); i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			Object focused = ((JavascriptExecutor) browser).executeScript("""
					var host = document.activeElement;
					return host && host.id === 'main' && host.shadowRoot.activeElement
					    ? host.shadowRoot.activeElement.getAttribute('href') : null;""");
			assertThat(focused).as("link %d has the focus", i + 1).isEqualTo(links.get(i).getAttribute("href"));
		}
		Object outline = ((JavascriptExecutor) browser).executeScript(
				"return getComputedStyle(document.getElementById('main').shadowRoot.activeElement).outlineStyle");
		assertThat(outline).isEqualTo("solid");
	}

	@Test
	void unknownAttributeValuesGiveAReadableMessageInsteadOfBreakingThePage() {
		browser.get(hostUrl());
		WebElement theme = waitForMessage(shadow("unknown-theme"));
		assertThat(theme.getText()).contains("'geen-thema' is not a known value of theme");
		assertThat(theme.getAttribute("role")).isEqualTo("alert");
		WebElement type = waitForMessage(shadow("unknown-type"));
		assertThat(type.getText()).contains("Onbekend type \"recepten\"");
		assertThat(waitForMessage(shadow("unknown-mode")).getText()).isEqualTo("Unknown mode \"chat\"; use list or ask.");
		assertThat(browser.findElement(By.id("after")).getText()).isEqualTo("Einde van de pagina");
		waitFor(shadow("main"), "li a", 5);
	}

	@Test
	void theIframeVariantShowsTheSameListFromTheServiceItself() {
		browser.get(catalogue.url() + "/embed/v1/list?type=subsidies&theme=verduurzaming&limit=3&lang=en&heading="
				+ "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
		SearchContext widget = browser.findElement(By.tagName("mkb-catalogue")).getShadowRoot();
		List<WebElement> links = waitFor(widget, "li a", 3);
		assertThat(links).allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("http://localhost:8080/id/subsidy/"));
		assertThat(widget.findElement(By.cssSelector("h2")).getText()).isEqualTo("<script>alert(1)</script>");
		assertThat(browser.findElements(By.cssSelector("body > script"))).hasSize(1);
	}

	@Test
	void theGeneratorWritesEmbedCodeForTheChoicesMade() {
		browser.get(catalogue.url() + "/embed/v1/");
		WebElement type = new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(d -> d.findElement(By.id("embed-generator-type")));
		new org.openqa.selenium.support.ui.Select(type).selectByValue("guides");
		WebElement code = browser.findElement(By.cssSelector("textarea[aria-label^='Code voor de widget']"));
		assertThat(code.getAttribute("value")).contains("/embed/v1/widget.js").contains("type=\"guides\"");
		WebElement preview = new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(d -> d.findElement(By.cssSelector("[aria-label='Voorbeeld'] mkb-catalogue")));
		waitFor(preview.getShadowRoot(), "li a", 5);
	}

	SearchContext shadow(String id) {
		return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id(id)).getShadowRoot());
	}

	List<WebElement> waitFor(SearchContext root, String css, int count) {
		return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
			List<WebElement> found = root.findElements(By.cssSelector(css));
			return found.size() == count ? found : null;
		});
	}

	WebElement waitForMessage(SearchContext root) {
		return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
			List<WebElement> found = root.findElements(By.cssSelector(".error"));
			return found.isEmpty() ? null : found.get(0);
		});
	}


}
