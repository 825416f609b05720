package nl.openmkb.catalogue.changes;

import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.MemberVersion;

import org.springframework.stereotype.Component;

/**
 * The member versions the store has recorded, oldest first. The list (without descriptions) is read once per store
 * generation, only what is new since the previous generation; descriptions are read per page of the event stream,
 * and pages that are full never change, so they are kept.
 */
@Component
public class ChangeLog {

	/** Members per event-stream page; a page with this many members is full and never changes again. */
	public static final int PAGE_SIZE = 250;

	private final CatalogueStore store;

	private volatile Versions versions = new Versions(-1, List.of());

	private final Cache<Long, List<MemberVersion>> fullPages = Caffeine.newBuilder().maximumSize(64).build();

	public ChangeLog(CatalogueStore store) {
		this.store = store;
	}

	/** Every version recorded up to the current generation, in sequence order, without descriptions. */
	public List<MemberVersion> all() {
		long generation = store.generation();
		Versions current = versions;
		if (current.generation() == generation) {
			return current.list();
		}
		synchronized (this) {
			current = versions;
			if (current.generation() == generation) {
				return current.list();
			}
			long last = current.list().isEmpty() ? 0 : current.list().get(current.list().size() - 1).sequence();
			List<MemberVersion> added = store.versions(last, Integer.MAX_VALUE, false);
			List<MemberVersion> list = new ArrayList<>(current.list().size() + added.size());
			list.addAll(current.list());
			list.addAll(added);
			current = new Versions(generation, List.copyOf(list));
			versions = current;
			return current.list();
		}
	}

	/** The store generation the last {@link #all()} was read at, to key responses by. */
	public long generation() {
		return store.generation();
	}

	/** The number of event-stream pages: at least one, the last one not yet full. */
	public long pages() {
		return all().size() / PAGE_SIZE + 1;
	}

	/** Whether a page is full, so it will never change. */
	public boolean isFull(long page) {
		return (page + 1) * PAGE_SIZE <= all().size();
	}

	/** The versions on one page (0-based), with descriptions. */
	public List<MemberVersion> page(long page) {
		if (page < 0 || page >= pages()) {
			throw new IllegalArgumentException("No page " + page);
		}
		if (isFull(page)) {
			return fullPages.get(page, p -> store.versions(p * PAGE_SIZE, PAGE_SIZE, true));
		}
		return store.versions(page * PAGE_SIZE, PAGE_SIZE, true);
	}

	private record Versions(long generation, List<MemberVersion> list) {
	}

}
