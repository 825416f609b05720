package nl.openmkb.catalogue.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.jspecify.annotations.Nullable;

/**
 * What every catalogue resource (regulation, scheme, guide, provider) has, read once per snapshot.
 *
 * @param iri the resource's IRI ({@code {base}id/{type}/{slug}})
 * @param identifier its slug
 * @param title its title per language
 * @param description its short plain-language description per language
 * @param themes IRIs of its themes
 * @param audiences IRIs of its audiences
 * @param events IRIs of the business events it belongs to
 * @param sources the official pages its facts come from
 * @param modified when the entry was last written or checked
 * @param searchText its texts in every language, normalised for {@link TextQuery}
 */
public record CatalogueEntry(String iri, String identifier, Texts title, Texts description, List<String> themes,
		List<String> audiences, List<String> events, List<String> sources, @Nullable LocalDate modified,
		String searchText) {

	/** The documented order of every collection: Dutch title (ignoring case and accents), then identifier. */
	public static final Comparator<CatalogueEntry> ORDER = Comparator
		.comparing((CatalogueEntry e) -> e.title().in(Language.NL, e.identifier()), Concepts.dutchOrder())
		.thenComparing(CatalogueEntry::identifier);

	public CatalogueEntry {
		themes = List.copyOf(themes);
		audiences = List.copyOf(audiences);
		events = List.copyOf(events);
		sources = List.copyOf(sources);
	}

	/**
	 * Reads the shared fields of one resource.
	 * @param themeProperty where its themes are ({@code dcat:theme}, or {@code cv:thematicArea} for schemes)
	 * @param extraSearchText further text to find it by (a BWB id, a label …)
	 */
	public static CatalogueEntry read(CatalogueSnapshot snapshot, Node node, Node themeProperty, String... extraSearchText) {
		String iri = node.getURI();
		String identifier = snapshot.string(node, DCTerms.identifier.asNode())
			.orElse(iri.substring(iri.lastIndexOf('/') + 1));
		Texts title = snapshot.label(iri);
		Texts description = snapshot.texts(node, DCTerms.description.asNode());
		String[] extra = new String[extraSearchText.length + 1];
		extra[0] = identifier;
		System.arraycopy(extraSearchText, 0, extra, 1, extraSearchText.length);
		String searchText = TextQuery.searchText(title, description, snapshot.texts(node, DCTerms.title.asNode()))
				+ TextQuery.searchText(extra);
		return new CatalogueEntry(iri, identifier, title, description, snapshot.iris(node, themeProperty),
				snapshot.iris(node, DCTerms.audience.asNode()), snapshot.iris(node, Terms.IS_GROUPED_BY),
				snapshot.iris(node, DCTerms.source.asNode()), snapshot.date(node, DCTerms.modified.asNode()).orElse(null),
				searchText);
	}

}
