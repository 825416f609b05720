package nl.openmkb.catalogue.web;

import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.apache.jena.graph.Graph;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.Link;

/**
 * A single catalogue resource: its fields and links as HAL, and its RDF description as JSON-LD, Turtle or N-Triples
 * at the same URL.
 *
 * @param <T> the record with the resource's fields
 */
public class ResourceModel<T> extends EntityModel<T> implements RdfRepresentable {

	private final Supplier<Graph> rdf;

	public ResourceModel(T content, Iterable<Link> links, Supplier<Graph> rdf) {
		super(content, links);
		this.rdf = rdf;
	}

	@Override
	@JsonIgnore
	public Graph rdf() {
		return rdf.get();
	}

}
