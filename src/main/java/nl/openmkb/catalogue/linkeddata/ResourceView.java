package nl.openmkb.catalogue.linkeddata;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a resource page shows, in one language: every value is plain text, escaped by the template.
 *
 * @param type the type segment
 * @param slug the slug
 * @param iri the resource's IRI
 * @param title its label
 * @param description its description, if any
 * @param facts its properties with their values, in display order
 * @param parts the resources described in the same document (a guide's steps), in order
 * @param inbound the resources that link here, by property
 * @param breadcrumbs from the home page to this resource's type list
 * @param apiPath the REST API item, if the API has one
 * @param jsonLd the schema.org description, as JSON safe to put in a script element
 */
record ResourceView(String type, String slug, String iri, String title, @Nullable String description, List<Fact> facts,
		List<Part> parts, List<Fact> inbound, List<Link> breadcrumbs, @Nullable String apiPath, String jsonLd) {

	/** A property and its values. */
	record Fact(String property, String label, List<Value> values) {
	}

	/**
	 * One value: text, with a link where it is a resource.
	 * @param lang the language of the text when it differs from the page's, else {@code null}
	 */
	record Value(String text, @Nullable String href, @Nullable String lang) {
	}

	/** A resource described inside this document, such as a guide step ({@code #stap-1}). */
	record Part(String id, String title, @Nullable String description, List<Fact> facts) {
	}

	/** A link with its text. */
	record Link(String text, String href) {
	}

}
