package nl.openmkb.catalogue.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The filters every collection of catalogue resources has. Values within one filter are alternatives (or); filters
 * combine (and). An empty set means the filter is not used.
 *
 * @param themes theme IRIs
 * @param events business-event IRIs
 * @param audiences audience IRIs
 * @param text words that must all occur in the resource's texts
 * @param modifiedSince only resources whose {@code dct:modified} is on or after this date
 */
public record EntryFilter(Set<String> themes, Set<String> events, Set<String> audiences, TextQuery text,
		@Nullable LocalDate modifiedSince) {

	public EntryFilter {
		themes = Set.copyOf(themes);
		events = Set.copyOf(events);
		audiences = Set.copyOf(audiences);
	}

	/** A filter that lets everything through. */
	public static EntryFilter none() {
		return new EntryFilter(Set.of(), Set.of(), Set.of(), TextQuery.parse(""), null);
	}

	/** Whether the entry passes every filter. */
	public boolean test(CatalogueEntry entry) {
		return anyOf(themes, entry.themes()) && anyOf(events, entry.events()) && anyOf(audiences, entry.audiences())
				&& (modifiedSince == null || (entry.modified() != null && !entry.modified().isBefore(modifiedSince)))
				&& text.matches(entry.searchText());
	}

	/** Whether no filter value is set, or one of the values is among the item's. */
	public static boolean anyOf(Set<String> wanted, Collection<String> present) {
		if (wanted.isEmpty()) {
			return true;
		}
		for (String value : present) {
			if (wanted.contains(value)) {
				return true;
			}
		}
		return false;
	}

}
