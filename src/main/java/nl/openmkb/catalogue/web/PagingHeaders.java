package nl.openmkb.catalogue.web;

import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.PagedModel;
import org.springframework.http.HttpHeaders;

/**
 * Paging for representations without room for links (RDF, CSV): RFC 8288 {@code Link} headers for
 * first/prev/next/last and the total in {@code X-Total-Count}.
 */
final class PagingHeaders {

	/** The header carrying the number of items on all pages. */
	static final String TOTAL_COUNT = "X-Total-Count";

	private PagingHeaders() {
	}

	static void add(HttpHeaders headers, Object model) {
		if (!(model instanceof PagedModel<?> page) || page.getMetadata() == null) {
			return;
		}
		for (var relation : new org.springframework.hateoas.LinkRelation[] { IanaLinkRelations.FIRST,
				IanaLinkRelations.PREV, IanaLinkRelations.NEXT, IanaLinkRelations.LAST }) {
			page.getLink(relation).map(PagingHeaders::header).ifPresent(value -> headers.add(HttpHeaders.LINK, value));
		}
		headers.set(TOTAL_COUNT, Long.toString(page.getMetadata().getTotalElements()));
	}

	private static String header(Link link) {
		return "<" + link.getHref() + ">; rel=\"" + link.getRel().value() + "\"";
	}

}
