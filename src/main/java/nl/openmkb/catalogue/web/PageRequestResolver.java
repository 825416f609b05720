package nl.openmkb.catalogue.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@code page} (from 1) and {@code pageSize} (1 to the configured maximum) into a {@link PageRequest}; any other
 * value is a 400 naming the parameter and the allowed range.
 */
final class PageRequestResolver implements HandlerMethodArgumentResolver {

	static final String PAGE = "page";

	static final String PAGE_SIZE = "pageSize";

	private final ApiProperties properties;

	PageRequestResolver(ApiProperties properties) {
		this.properties = properties;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PageRequest.class;
	}

	@Override
	public PageRequest resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		List<InvalidParam> errors = new ArrayList<>();
		int page = number(request.getParameter(PAGE), PAGE, 1, 1, Integer.MAX_VALUE, errors);
		int size = number(request.getParameter(PAGE_SIZE), PAGE_SIZE, properties.defaultPageSize(), 1,
				properties.maxPageSize(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidParametersException(errors);
		}
		return new PageRequest(page, size);
	}

	private static int number(@Nullable String text, String name, int fallback, int min, int max, List<InvalidParam> errors) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		String range = max == Integer.MAX_VALUE ? "a whole number of at least " + min
				: "a whole number from " + min + " to " + max;
		long value;
		try {
			value = Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.add(InvalidParam.of(name, "malformed", "'" + text + "' is not a number; use " + range + "."));
			return fallback;
		}
		if (value < min) {
			errors.add(InvalidParam.of(name, "minimum", "Use " + range + "."));
			return fallback;
		}
		if (value > max) {
			errors.add(InvalidParam.of(name, "maximum", "Use " + range + "."));
			return fallback;
		}
		return (int) value;
	}

}
