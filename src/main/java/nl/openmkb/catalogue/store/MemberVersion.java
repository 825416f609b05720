package nl.openmkb.catalogue.store;

import java.time.Instant;

/**
 * One immutable version of a catalogue resource, recorded by the store in the same write that changed the resource.
 *
 * @param sequence position in the change log: 1, 2, 3 … without gaps, in the order of writing
 * @param resource the IRI of the resource (under {@code {base}id/})
 * @param kind whether the write created, changed or deleted the resource
 * @param time when the write happened; every write gets a later time than the write before it
 * @param generation the store generation the write produced
 * @param description the resource's description after the write as sorted N-Triples (its triples, those of its
 * {@code #fragment} parts and their blank nodes); empty for a deletion, and empty when it was not asked for
 */
public record MemberVersion(long sequence, String resource, Kind kind, Instant time, long generation,
		String description) {

	/** What a write did to a resource. */
	public enum Kind {

		/** The resource did not exist before the write. */
		CREATED,
		/** The resource's description changed. */
		UPDATED,
		/** The resource no longer exists (a tombstone). */
		DELETED;

		/** Lower-case name, as stored and published. */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		static Kind fromLabel(String label) {
			return valueOf(label.toUpperCase(java.util.Locale.ROOT));
		}

	}

}
