package nl.openmkb.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.catalog.Page;

import org.apache.jena.graph.Graph;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.LinkRelation;
import org.springframework.hateoas.PagedModel.PageMetadata;
import org.springframework.hateoas.server.core.EmbeddedWrapper;
import org.springframework.hateoas.server.core.EmbeddedWrappers;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Cuts pages out of sorted lists and turns them into {@link CataloguePage} models with paging links. */
public final class Pages {

	private static final EmbeddedWrappers WRAPPERS = new EmbeddedWrappers(true);

	private Pages() {
	}

	/**
	 * The requested page of a sorted list as a model.
	 * @param all every matching item, in the documented order
	 * @param relation the relation of the items in {@code _embedded}, e.g. {@code subsidies}
	 * @param toModel the model of one item on the page
	 * @param rdf the page's items as RDF, built only when asked for
	 * @param csv the page's items as CSV rows, built only when asked for
	 * @throws PageOutOfRangeException when the page lies past the last one
	 */
	public static <S> CataloguePage<EmbeddedWrapper> of(List<S> all, PageRequest request, LinkRelation relation,
			Function<S, ?> toModel, Function<List<S>, Graph> rdf, Function<List<S>, CsvTable> csv) {
		Page<S> page = Page.of(all, request.page(), request.pageSize());
		if (page.isBeyondEnd()) {
			throw new PageOutOfRangeException(page.number(), page.totalPages());
		}
		List<?> models = page.items().stream().map(toModel).toList();
		var metadata = new PageMetadata(page.size(), page.number(), page.total(), page.totalPages());
		Supplier<Graph> graph = () -> rdf.apply(page.items());
		Supplier<CsvTable> table = () -> csv.apply(page.items());
		return new CataloguePage<>(List.of(WRAPPERS.wrap(models, relation)), metadata, links(page), graph, table);
	}

	private static List<Link> links(Page<?> page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
		String url = ServletUriComponentsBuilder.fromRequestUri(request).build().toUriString();
		List<String> otherParameters = otherParameters(request.getQueryString());
		List<Link> links = new ArrayList<>();
		links.add(link(url, otherParameters, page.number(), IanaLinkRelations.SELF));
		links.add(link(url, otherParameters, 1, IanaLinkRelations.FIRST));
		if (page.hasPrevious()) {
			links.add(link(url, otherParameters, page.number() - 1, IanaLinkRelations.PREV));
		}
		if (page.hasNext()) {
			links.add(link(url, otherParameters, page.number() + 1, IanaLinkRelations.NEXT));
		}
		links.add(link(url, otherParameters, page.totalPages(), IanaLinkRelations.LAST));
		return links;
	}

	/** The query's parameters except {@code page}, kept exactly as the client encoded them. */
	private static List<String> otherParameters(String query) {
		List<String> kept = new ArrayList<>();
		if (query != null) {
			for (String parameter : query.split("&")) {
				if (!parameter.isEmpty() && !parameter.equals("page") && !parameter.startsWith("page=")) {
					kept.add(parameter);
				}
			}
		}
		return kept;
	}

	private static Link link(String url, List<String> otherParameters, int number, LinkRelation relation) {
		List<String> parameters = new ArrayList<>(otherParameters);
		if (number > 1) {
			parameters.add("page=" + number);
		}
		return Link.of(parameters.isEmpty() ? url : url + "?" + String.join("&", parameters), relation);
	}

}
