package nl.openmkb.catalogue.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The items of one collection in their documented order, with a look-up by slug; built once per snapshot.
 *
 * @param <T> the item type
 */
public final class EntryIndex<T> {

	private final List<T> sorted;

	private final Map<String, T> bySlug;

	public EntryIndex(List<T> items, Function<T, CatalogueEntry> entry) {
		List<T> copy = new ArrayList<>(items);
		copy.sort(Comparator.comparing(entry, CatalogueEntry.ORDER));
		this.sorted = List.copyOf(copy);
		this.bySlug = new HashMap<>();
		for (T item : sorted) {
			bySlug.putIfAbsent(entry.apply(item).identifier(), item);
		}
	}

	/** Every item, sorted. */
	public List<T> all() {
		return sorted;
	}

	/** The items that pass the filter, still sorted. */
	public List<T> filter(Predicate<T> filter) {
		return sorted.stream().filter(filter).toList();
	}

	/** The item with this slug. */
	public Optional<T> find(String slug) {
		return Optional.ofNullable(bySlug.get(slug));
	}

}
