package nl.openmkb.catalogue.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.openmkb.catalogue.catalog.Language;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters an API operation does not know (a typo such as {@code themes=} would otherwise silently
 * return everything). What an operation knows is read once from its handler method: its {@code @RequestParam}s,
 * plus {@code page}/{@code pageSize} for a {@link PageRequest} and {@code lang} for a {@link Language}.
 */
final class UnknownParameters implements HandlerInterceptor {

	private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)
				|| !method.getBeanType().getPackageName().startsWith("nl.openmkb.catalogue.")) {
			return true;
		}
		Set<String> allowed = known.computeIfAbsent(method, UnknownParameters::parametersOf);
		for (String name : request.getParameterMap().keySet()) {
			if (!allowed.contains(name)) {
				throw new InvalidParametersException(InvalidParam.of(name, "unknownParameter", "'" + name
						+ "' is not a parameter of this resource; it accepts " + String.join(", ", allowed) + "."));
			}
		}
		return true;
	}

	private static Set<String> parametersOf(HandlerMethod method) {
		java.util.SortedSet<String> names = new TreeSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			parameter.initParameterNameDiscovery(NAMES);
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
				if (name != null) {
					names.add(name);
				}
			}
			else if (parameter.getParameterType() == PageRequest.class) {
				names.add(PageRequestResolver.PAGE);
				names.add(PageRequestResolver.PAGE_SIZE);
			}
			else if (parameter.getParameterType() == Language.class) {
				names.add(LanguageResolver.LANG);
			}
		}
		return java.util.Collections.unmodifiableSortedSet(names);
	}

}
