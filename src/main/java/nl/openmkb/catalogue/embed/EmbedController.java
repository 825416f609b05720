package nl.openmkb.catalogue.embed;

import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The iframe variant of the widget at {@code /embed/v1/list} (a page holding one {@code <mkb-catalogue>} configured
 * from the query, for sites that cannot add a script of their own) and the embed code generator page at
 * {@code /embed/v1/}. The widget script and the generator script are static files.
 */
@Controller
class EmbedController {

	/** The widget's attributes that the iframe page passes on, in this order. */
	static final List<String> ATTRIBUTES = List.of("mode", "type", "theme", "sbi", "municipality", "lang", "limit", "heading");

	private static final CacheControl SHORT = CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic();

	@GetMapping(path = "/embed/v1/list", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	ResponseEntity<String> list(@RequestParam Map<String, String> query) {
		StringBuilder element = new StringBuilder("<mkb-catalogue");
		for (String name : ATTRIBUTES) {
			String value = query.get(name);
			if (value != null && !value.isBlank() && value.length() <= 200) {
				element.append(' ').append(name).append("=\"").append(Html.escape(value.strip())).append('"');
			}
		}
		element.append("></mkb-catalogue>");
		String lang = "en".equals(query.get("lang")) ? "en" : "nl";
		String html = """
				<!DOCTYPE html>
				<html lang="%s">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<meta name="referrer" content="no-referrer">
				<title>%s</title>
				<style>body{margin:0;font-family:system-ui,sans-serif}mkb-catalogue{border:0}</style>
				</head>
				<body>
				%s
				<noscript><p>%s <a href="/api/v1" target="_top">/api/v1</a></p></noscript>
				<script src="/embed/v1/widget.js"></script>
				</body>
				</html>
				""".formatted(lang, "en".equals(lang) ? "Open mkb catalogue" : "Open mkb-catalogus", element,
				"en".equals(lang) ? "This list needs JavaScript; the data is also at" : "Deze lijst heeft JavaScript nodig; de gegevens staan ook op");
		return ResponseEntity.ok()
			.cacheControl(SHORT)
			.header("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self'; "
					+ "style-src 'unsafe-inline'; frame-ancestors *; base-uri 'none'; form-action 'none'")
			.header("Referrer-Policy", "no-referrer")
			.header(HttpHeaders.CONTENT_LANGUAGE, lang)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(html);
	}

	@GetMapping("/embed/v1/")
	String generator() {
		return "forward:/embed/v1/index.html";
	}

	@GetMapping("/embed/v1")
	String generatorWithoutSlash() {
		return "redirect:/embed/v1/";
	}

}
