package nl.openmkb.catalogue.catalog.provider;

import java.util.List;

import nl.openmkb.catalogue.catalog.CatalogueEntry;

import org.jspecify.annotations.Nullable;

/**
 * An organisation an entrepreneur can turn to.
 *
 * @param entry what every catalogue resource has (its title is its preferred label)
 * @param publicOrganisation whether it is a public organisation ({@code cv:PublicOrganisation})
 * @param areas IRIs of the areas it serves
 * @param channels its channels
 * @param homepage its home page, when a public source gives it
 * @param sameAs other identifiers of it (TOOI)
 * @param refersTo IRIs of providers it officially refers entrepreneurs to
 */
public record Provider(CatalogueEntry entry, boolean publicOrganisation, List<String> areas, List<Channel> channels,
		@Nullable String homepage, List<String> sameAs, List<String> refersTo) {

	public Provider {
		areas = List.copyOf(areas);
		channels = List.copyOf(channels);
		sameAs = List.copyOf(sameAs);
		refersTo = List.copyOf(refersTo);
	}

}
