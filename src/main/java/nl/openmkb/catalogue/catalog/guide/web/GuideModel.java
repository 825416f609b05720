package nl.openmkb.catalogue.catalog.guide.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.openmkb.catalogue.web.ResourceModel;

import org.apache.jena.graph.Graph;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.Link;

/** A guide as HAL: its fields and links, with its steps in {@code _embedded.steps}, in order. */
final class GuideModel extends ResourceModel<GuideDetails> {

	private final List<EntityModel<StepDetails>> steps;

	GuideModel(GuideDetails details, Iterable<Link> links, List<EntityModel<StepDetails>> steps, Supplier<Graph> rdf) {
		super(details, links, rdf);
		this.steps = List.copyOf(steps);
	}

	/** The steps, embedded as HAL resources. */
	@JsonProperty("_embedded")
	public Map<String, List<EntityModel<StepDetails>>> getEmbedded() {
		return Map.of("steps", steps);
	}

}
