package nl.openmkb.catalogue.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.system.CatalogueProperties;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.LinkRelation;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Builds absolute API links for the current request ({@code http://host/api/v1/…}) and turns catalogue IRIs
 * ({@code {base}id/subsidy/wbso}) into the API URL of the resource, using what each feature declares in its
 * {@link LinkableResources}.
 */
@Component
public class ApiLinks {

	/** The path of the API, major version included (ADR). */
	public static final String BASE_PATH = "/api/v1";

	private static final String BASE_ATTRIBUTE = ApiLinks.class.getName() + ".base";

	private final String resourceBase;

	private final ObjectProvider<LinkableResources> features;

	private volatile @Nullable Routes routes;

	public ApiLinks(CatalogueProperties properties, ObjectProvider<LinkableResources> features) {
		this.resourceBase = properties.base() + "id/";
		this.features = features;
	}

	/** The absolute URL of an API path such as {@code /subsidies/wbso}. */
	public String href(String path) {
		return base() + path;
	}

	/** A link to an API path. */
	public Link link(String path, LinkRelation relation) {
		return Link.of(href(path), relation);
	}

	/** The absolute API URL of a catalogue resource, or {@code null} when the API does not serve it. */
	public @Nullable String hrefOf(String iri) {
		Routes current = routes();
		String foreign = current.foreign().get(iri);
		if (foreign != null) {
			return href(foreign);
		}
		if (!iri.startsWith(resourceBase)) {
			return null;
		}
		String rest = iri.substring(resourceBase.length());
		int slash = rest.indexOf('/');
		if (slash <= 0 || rest.indexOf('#') >= 0) {
			return null;
		}
		String collection = current.collections().get(rest.substring(0, slash));
		return collection == null ? null
				: href(collection + "/" + UriUtils.encodePathSegment(rest.substring(slash + 1), "UTF-8"));
	}

	/** Links to the resources the API serves, titled; IRIs it does not serve are left out. */
	public List<Link> links(List<String> iris, LinkRelation relation, java.util.function.Function<String, @Nullable String> title) {
		return iris.stream().map(iri -> {
			String href = hrefOf(iri);
			if (href == null) {
				return null;
			}
			String text = title.apply(iri);
			Link link = Link.of(href, relation);
			return text == null ? link : link.withTitle(text);
		}).filter(java.util.Objects::nonNull).toList();
	}

	private Routes routes() {
		Routes current = routes;
		if (current == null) {
			Map<String, String> collections = new HashMap<>();
			Map<String, String> foreign = new HashMap<>();
			features.orderedStream().forEach(feature -> {
				collections.putAll(feature.collectionsByType());
				foreign.putAll(feature.pathsOfForeignIris());
			});
			current = new Routes(Map.copyOf(collections), Map.copyOf(foreign));
			routes = current;
		}
		return current;
	}

	private static String base() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			Object cached = request.getAttribute(BASE_ATTRIBUTE);
			if (cached instanceof String base) {
				return base;
			}
			String base = ServletUriComponentsBuilder.fromContextPath(request).path(BASE_PATH).build().toUriString();
			request.setAttribute(BASE_ATTRIBUTE, base);
			return base;
		}
		throw new IllegalStateException("API links can only be built while handling a request");
	}

	private record Routes(Map<String, String> collections, Map<String, String> foreign) {
	}

}
