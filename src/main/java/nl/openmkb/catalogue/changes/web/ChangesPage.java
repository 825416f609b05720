package nl.openmkb.catalogue.changes.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of the plain JSON change list.
 *
 * @param changes the changes, oldest first
 * @param cursor where the next request continues: the sequence of the last change on this page (or, on an empty
 * page, of the last change before it)
 * @param hasMore whether more changes are available right now (otherwise poll the next link later)
 */
@Schema(description = "Changes in the order they were written, with the cursor to continue from.")
record ChangesPage(List<Change> changes,
		@Schema(description = "Pass as cursor to get the changes after this page.", example = "42") String cursor,
		@Schema(description = "Whether more changes are available now; when false, poll the next link later.") boolean hasMore) {
}
