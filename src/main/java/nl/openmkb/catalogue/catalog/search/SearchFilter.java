package nl.openmkb.catalogue.catalog.search;

import java.util.Set;

import nl.openmkb.catalogue.catalog.EntryFilter;
import nl.openmkb.catalogue.catalog.guide.Guide;
import nl.openmkb.catalogue.catalog.provider.Provider;
import nl.openmkb.catalogue.catalog.provider.ProviderFilter;
import nl.openmkb.catalogue.catalog.regulation.Regulation;
import nl.openmkb.catalogue.catalog.subsidy.Subsidy;
import nl.openmkb.catalogue.catalog.subsidy.SubsidyFilter;

/**
 * The filters of a search, with the meaning they have on the collections. A filter narrows the types that have what
 * it filters on and leaves out the types that do not: {@code sbi} and {@code status} keep only schemes;
 * {@code municipality} and {@code province} match schemes and providers by area, and keep regulations and guides
 * (which apply nationwide); {@code theme}, {@code event}, {@code audience} and {@code modifiedSince} keep only
 * catalogue entries (not reference concepts).
 *
 * @param types the types to find; empty for all
 * @param entry theme, event, audience and modification date
 * @param sectors SBI code IRIs (as the subsidies collection's {@code sbi})
 * @param municipalityAreas areas applying in the municipality asked for
 * @param provinceAreas areas applying in the province asked for
 * @param statuses status IRIs
 */
public record SearchFilter(Set<SearchType> types, EntryFilter entry, Set<String> sectors, Set<String> municipalityAreas,
		Set<String> provinceAreas, Set<String> statuses) {

	public SearchFilter {
		types = Set.copyOf(types);
		sectors = Set.copyOf(sectors);
		municipalityAreas = Set.copyOf(municipalityAreas);
		provinceAreas = Set.copyOf(provinceAreas);
		statuses = Set.copyOf(statuses);
	}

	/** A filter that lets everything through. */
	public static SearchFilter none() {
		return new SearchFilter(Set.of(), EntryFilter.none(), Set.of(), Set.of(), Set.of(), Set.of());
	}

	/** Whether the document passes every filter. */
	public boolean test(SearchDocument document) {
		if (!types.isEmpty() && !types.contains(document.type())) {
			return false;
		}
		Object item = document.item();
		if (item instanceof Subsidy subsidy) {
			return new SubsidyFilter(entry, sectors, municipalityAreas, provinceAreas, statuses, Set.of(), Set.of())
				.test(subsidy);
		}
		if (!sectors.isEmpty() || !statuses.isEmpty()) {
			return false;
		}
		if (item instanceof Provider provider) {
			return new ProviderFilter(entry, municipalityAreas, provinceAreas).test(provider);
		}
		if (item instanceof Regulation regulation) {
			return entry.test(regulation.entry());
		}
		if (item instanceof Guide guide) {
			return entry.test(guide.entry());
		}
		return !filtersEntries() && municipalityAreas.isEmpty() && provinceAreas.isEmpty();
	}

	private boolean filtersEntries() {
		return !entry.themes().isEmpty() || !entry.events().isEmpty() || !entry.audiences().isEmpty()
				|| entry.modifiedSince() != null;
	}

}
