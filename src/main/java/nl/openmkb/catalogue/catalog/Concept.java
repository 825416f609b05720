package nl.openmkb.catalogue.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A SKOS concept from one of the reference lists: a theme, business event, audience, SBI code, region …
 *
 * @param iri the concept's IRI
 * @param identifier its slug, lower case ({@code innovatie}, {@code 5611}, {@code gm0344}, {@code nld})
 * @param notation its code as published ({@code 5611}, {@code GM0344}), if it has one
 * @param label its preferred label per language
 * @param definition its definition per language
 * @param broader IRIs of its broader concepts
 * @param scheme IRI of its concept scheme
 */
public record Concept(String iri, String identifier, @Nullable String notation, Texts label, Texts definition,
		List<String> broader, String scheme) {

	public Concept {
		broader = List.copyOf(broader);
	}

	/** The type segment of its IRI ({@code theme}, {@code municipality} …), {@code country} for the Netherlands. */
	public String type() {
		if (iri.equals(Terms.NETHERLANDS)) {
			return "country";
		}
		int id = iri.lastIndexOf("/id/");
		int slash = iri.lastIndexOf('/');
		return id >= 0 && slash > id + 4 ? iri.substring(id + 4, slash) : "";
	}

}
