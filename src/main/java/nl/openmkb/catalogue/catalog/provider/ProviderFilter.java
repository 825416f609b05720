package nl.openmkb.catalogue.catalog.provider;

import java.util.Set;

import nl.openmkb.catalogue.catalog.EntryFilter;

/**
 * The filters of the providers collection; all given filters must hold.
 *
 * @param entry theme, text and modification date
 * @param municipalityAreas areas one of which the provider must serve (a municipality, what contains it, national)
 * @param provinceAreas areas one of which the provider must serve (a province, national)
 */
public record ProviderFilter(EntryFilter entry, Set<String> municipalityAreas, Set<String> provinceAreas) {

	/** Whether the provider passes every filter. */
	public boolean test(Provider provider) {
		return entry.test(provider.entry()) && EntryFilter.anyOf(municipalityAreas, provider.areas())
				&& EntryFilter.anyOf(provinceAreas, provider.areas());
	}

}
