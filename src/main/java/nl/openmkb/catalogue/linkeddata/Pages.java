package nl.openmkb.catalogue.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.openmkb.catalogue.catalog.Language;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the server-side pages (Thymeleaf templates under {@code templates/ld/}, HTML escaping on: templates use
 * {@code th:text}) and answers them with the headers every page shares: a strict Content Security Policy (our own
 * style sheet only, no scripts; the home page alone also runs our own scripts), {@code Content-Language} and
 * {@code Vary}.
 */
@Component
public class Pages {

	/** Only our own style sheet and images; no scripts, frames or third parties. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

	/**
	 * The policy of the home page, which hosts the embed code generator: {@link #CONTENT_SECURITY_POLICY} plus our
	 * own scripts and requests to our own API; still no inline scripts, no third parties.
	 */
	public static final String SCRIPTED_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
			+ "connect-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
			+ "frame-ancestors 'none'";

	private final ITemplateEngine templates;

	Pages(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The language of a page: {@code ?lang=nl|en} when given, else the first of them in {@code Accept-Language},
	 * else Dutch. An unknown {@code lang} falls back the same way; a page never fails on it.
	 */
	public static Language language(HttpServletRequest request) {
		String lang = request.getParameter("lang");
		Language asked = lang == null || lang.strip().length() != 2 ? null : Language.ofTag(lang);
		if (asked != null) {
			return asked;
		}
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
			for (Locale locale : Collections.list(request.getLocales())) {
				Language accepted = Language.ofTag(locale.toLanguageTag());
				if (accepted != null) {
					return accepted;
				}
			}
		}
		return Language.NL;
	}

	/** Renders a template to HTML. */
	public String render(String template, Language language, HttpServletRequest request, Map<String, ?> variables) {
		Locale locale = Locale.forLanguageTag(language.tag());
		// A web context, so that templates can build context-relative links with @{…}.
		HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale);
		variables.forEach(context::setVariable);
		context.setVariable("lang", language.tag());
		context.setVariable("otherLang", language == Language.NL ? "en" : "nl");
		context.setVariable("path", request.getRequestURI());
		return templates.process("ld/" + template, context);
	}

	/** A page as a response, with the shared headers; {@code etag} may be {@code null} for pages not worth caching. */
	public ResponseEntity<byte[]> respond(HttpStatusCode status, String html, Language language, @Nullable String etag) {
		return respond(status, html, language, etag, CONTENT_SECURITY_POLICY);
	}

	/** {@link #respond(HttpStatusCode, String, Language, String)} with another Content Security Policy. */
	public ResponseEntity<byte[]> respond(HttpStatusCode status, String html, Language language, @Nullable String etag,
			String contentSecurityPolicy) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
			.contentType(Variant.HTML.mediaType())
			.header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
			.header(HttpHeaders.VARY, "Accept, Accept-Language")
			.header("Content-Security-Policy", contentSecurityPolicy)
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "same-origin");
		if (etag != null) {
			response.eTag(etag);
		}
		return response.body(html.getBytes(StandardCharsets.UTF_8));
	}

	/** {@link #render} and {@link #respond} with 200. */
	public ResponseEntity<byte[]> page(String template, Language language, HttpServletRequest request,
			Map<String, ?> variables, @Nullable String etag) {
		return respond(HttpStatus.OK, render(template, language, request, variables), language, etag);
	}

	/** Whether the request's {@code If-None-Match} names this ETag. */
	public static boolean notModified(HttpServletRequest request, String etag) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals(etag) || tag.equals("*")) {
				return true;
			}
		}
		return false;
	}

}
