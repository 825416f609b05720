package nl.openmkb.catalogue.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The query page people get at {@code /sparql}: an editor, example queries for common jobs and a results table.
 * Every value is HTML-escaped here; the script and style sheet are served by us, and the page's Content Security
 * Policy allows nothing else.
 */
@Component
final class QueryPage {

	/** Allows only our own script, style and fetches; no inline code, no frames, no third parties. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

	private final List<Example> examples;

	QueryPage() {
		this.examples = loadExamples();
	}

	/** The example queries, in order. */
	List<Example> examples() {
		return examples;
	}

	/** The page, with {@code query} in the editor (or the first example) ready to run. */
	String render(@Nullable String query, String endpoint) {
		boolean given = query != null && !query.isBlank();
		String text = given ? query : examples.isEmpty() ? "SELECT * WHERE { ?s ?p ?o } LIMIT 10" : examples.get(0).query();
		StringBuilder list = new StringBuilder();
		for (Example example : examples) {
			list.append("        <li><button type=\"button\" class=\"example\" data-query=\"")
				.append(escape(example.query()))
				.append("\">")
				.append(escape(example.title()))
				.append("</button></li>\n");
		}
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>SPARQL query – Open mkb catalogue</title>
				  <link rel="stylesheet" href="/sparql/ui/query.css">
				  <script src="/sparql/ui/query.js" defer></script>
				</head>
				<body>
				  <header>
				    <h1>SPARQL query</h1>
				    <p>Query the Open mkb catalogue with SPARQL 1.1 at <code>%1$s</code>. The default graph is the union of
				    all source graphs; relative IRIs resolve against the catalogue's base. See the
				    <a href="/.well-known/void">VoID description</a> of the data.</p>
				  </header>
				  <main>
				    <nav aria-labelledby="examples-heading">
				      <h2 id="examples-heading">Examples</h2>
				      <ul>
				%2$s      </ul>
				    </nav>
				    <form id="query-form" method="get" action="/sparql">
				      <label for="query">Query</label>
				      <textarea id="query" name="query" rows="16" spellcheck="false" autocapitalize="off"
				        data-autorun="%3$s">%4$s</textarea>
				      <div class="controls">
				        <button type="submit" id="run">Run query</button>
				        <label for="format">Download as</label>
				        <select id="format">
				          <option value="application/sparql-results+json">SPARQL JSON</option>
				          <option value="application/sparql-results+xml">SPARQL XML</option>
				          <option value="text/csv">CSV</option>
				          <option value="text/tab-separated-values">TSV</option>
				          <option value="text/turtle">Turtle</option>
				          <option value="application/ld+json">JSON-LD</option>
				          <option value="application/n-triples">N-Triples</option>
				          <option value="application/rdf+xml">RDF/XML</option>
				        </select>
				        <button type="button" id="download">Download</button>
				        <span class="hint">Ctrl+Enter runs the query.</span>
				      </div>
				    </form>
				    <section aria-labelledby="results-heading">
				      <h2 id="results-heading">Results</h2>
				      <p id="status" role="status" aria-live="polite"></p>
				      <div id="results" class="results"></div>
				      <noscript><p>The results table needs JavaScript. Without it, query the endpoint with any SPARQL client.</p></noscript>
				    </section>
				  </main>
				</body>
				</html>
				""".formatted(escape(endpoint), list, given, escape(text));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	private static List<Example> loadExamples() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:sparql/examples/*.rq");
			List<Example> list = new ArrayList<>();
			for (Resource resource : Arrays.stream(resources)
				.sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
				.toList()) {
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				String firstLine = text.lines().findFirst().orElse("");
				String title = firstLine.startsWith("#") ? firstLine.substring(1).trim() : String.valueOf(resource.getFilename());
				list.add(new Example(title, text));
			}
			return List.copyOf(list);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the example queries", ex);
		}
	}

	/**
	 * An example query.
	 *
	 * @param title what it does, from its first comment line
	 * @param query the query text
	 */
	record Example(String title, String query) {
	}

}
