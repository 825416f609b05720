package nl.openmkb.catalogue.catalog.guide;

import java.util.List;

import nl.openmkb.catalogue.catalog.Texts;

/**
 * One step of a guide.
 *
 * @param iri the step's IRI ({@code …/guide/x#stap-1})
 * @param position its place in the guide, from 1
 * @param title its title per language
 * @param description what to do, per language
 * @param schemes IRIs of schemes that help with it
 * @param regulations IRIs of regulations that apply to it
 * @param providers IRIs of providers to turn to
 */
public record GuideStep(String iri, int position, Texts title, Texts description, List<String> schemes,
		List<String> regulations, List<String> providers) {

	public GuideStep {
		schemes = List.copyOf(schemes);
		regulations = List.copyOf(regulations);
		providers = List.copyOf(providers);
	}

}
