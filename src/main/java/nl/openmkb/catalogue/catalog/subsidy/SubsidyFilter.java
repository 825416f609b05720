package nl.openmkb.catalogue.catalog.subsidy;

import java.util.Set;

import nl.openmkb.catalogue.catalog.EntryFilter;

/**
 * The filters of the subsidies collection; all given filters must hold.
 *
 * @param entry theme, event, audience, text and modification date
 * @param sectors SBI code IRIs one of which the scheme must be bound to, unless it is open to every sector
 * @param municipalityAreas areas one of which the scheme must apply in (a municipality, what contains it, national)
 * @param provinceAreas areas one of which the scheme must apply in (a province, national)
 * @param statuses status IRIs
 * @param kinds scheme-kind IRIs
 * @param providers competent-authority IRIs
 */
public record SubsidyFilter(EntryFilter entry, Set<String> sectors, Set<String> municipalityAreas,
		Set<String> provinceAreas, Set<String> statuses, Set<String> kinds, Set<String> providers) {

	/** Whether the scheme passes every filter. */
	public boolean test(Subsidy subsidy) {
		return entry.test(subsidy.entry())
				&& (sectors.isEmpty() || subsidy.sectors().isEmpty() || EntryFilter.anyOf(sectors, subsidy.sectors()))
				&& EntryFilter.anyOf(municipalityAreas, subsidy.areas()) && EntryFilter.anyOf(provinceAreas, subsidy.areas())
				&& (statuses.isEmpty() || statuses.contains(subsidy.status()))
				&& (kinds.isEmpty() || kinds.contains(subsidy.kind()))
				&& EntryFilter.anyOf(providers, subsidy.authorities());
	}

}
