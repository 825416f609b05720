package nl.openmkb.catalogue.web;

import java.util.Collection;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.apache.jena.graph.Graph;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.PagedModel;

/**
 * One page of a collection: HAL with {@code _embedded} items, {@code page} metadata (number from 1, size,
 * totalElements, totalPages) and first/prev/self/next/last links; the same page as RDF or CSV.
 *
 * @param <T> the item model
 */
public final class CataloguePage<T> extends PagedModel<T> implements RdfRepresentable, CsvRepresentable {

	private final Supplier<Graph> rdf;

	private final Supplier<CsvTable> csv;

	CataloguePage(Collection<T> items, PageMetadata metadata, Iterable<Link> links, Supplier<Graph> rdf,
			Supplier<CsvTable> csv) {
		super(items, metadata, links);
		this.rdf = rdf;
		this.csv = csv;
	}

	@Override
	@JsonIgnore
	public Graph rdf() {
		return rdf.get();
	}

	@Override
	@JsonIgnore
	public CsvTable csv() {
		return csv.get();
	}

}
