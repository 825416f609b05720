package nl.openmkb.catalogue.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.catalog.Language;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Picks the label language of a response: the {@code lang} parameter ({@code nl} or {@code en}) when given, else
 * the first of them in {@code Accept-Language}, else Dutch. {@link ContentLanguageAdvice} states it in
 * {@code Content-Language}.
 */
final class LanguageResolver implements HandlerMethodArgumentResolver {

	static final String LANG = "lang";

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Language.class;
	}

	@Override
	public Language resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		Language language = resolve(request.getParameter(LANG), request.getNativeRequest(HttpServletRequest.class));
		request.setAttribute(ContentLanguageAdvice.ATTRIBUTE, language, NativeWebRequest.SCOPE_REQUEST);
		return language;
	}

	static Language resolve(@Nullable String lang, @Nullable HttpServletRequest request) {
		if (lang != null && !lang.isBlank()) {
			Language asked = Language.ofTag(lang);
			if (asked == null || lang.strip().length() != 2) {
				throw new InvalidParametersException(new InvalidParam(LANG, "unknownValue",
						"'" + lang + "' is not a language of the catalogue; use nl or en.", Arrays.asList("nl", "en")));
			}
			return asked;
		}
		if (request != null && request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
			for (Locale locale : java.util.Collections.list(request.getLocales())) {
				Language accepted = Language.ofTag(locale.toLanguageTag());
				if (accepted != null) {
					return accepted;
				}
			}
		}
		return Language.NL;
	}

}
