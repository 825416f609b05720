package nl.openmkb.catalogue.catalog.guide;

import java.util.List;
import java.util.Optional;

import nl.openmkb.catalogue.catalog.CatalogueEntry;

/**
 * A step-by-step transition guide.
 *
 * @param entry what every catalogue resource has
 * @param steps its steps, by position
 */
public record Guide(CatalogueEntry entry, List<GuideStep> steps) {

	public Guide {
		steps = List.copyOf(steps);
	}

	/** The step at a position. */
	public Optional<GuideStep> step(int position) {
		return steps.stream().filter(s -> s.position() == position).findFirst();
	}

}
