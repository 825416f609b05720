package nl.openmkb.catalogue.catalog;

import java.util.List;

/**
 * One page of a sorted list.
 *
 * @param items the items on this page
 * @param number the page number, starting at 1
 * @param size the page size asked for
 * @param total the number of items on all pages together
 */
public record Page<T>(List<T> items, int number, int size, int total) {

	public Page {
		items = List.copyOf(items);
	}

	/** The page with the given number and size cut from a full list; empty when the number is past the end. */
	public static <T> Page<T> of(List<T> all, int number, int size) {
		long from = (long) (number - 1) * size;
		if (from >= all.size()) {
			return new Page<>(List.of(), number, size, all.size());
		}
		int to = (int) Math.min(all.size(), from + size);
		return new Page<>(all.subList((int) from, to), number, size, all.size());
	}

	/** The number of pages; at least 1, since an empty list still has an (empty) first page. */
	public int totalPages() {
		return Math.max(1, (total + size - 1) / size);
	}

	/** Whether the page number lies past the last page. */
	public boolean isBeyondEnd() {
		return number > totalPages();
	}

	/** Whether there is a page after this one. */
	public boolean hasNext() {
		return number < totalPages();
	}

	/** Whether there is a page before this one. */
	public boolean hasPrevious() {
		return number > 1;
	}

}
