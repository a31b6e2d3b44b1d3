package se.helhet.requests;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.helhet.platform.CurrentUser;

/**
 * What the knowledge module's search index reads of requests: their text and the facts
 * visibility depends on, page by page for a rebuild and by time of change for a node
 * catching up; and, for every hit before it is shown, whether the reader may see it.
 */
public interface RequestsForSearch {

	/**
	 * The status the index gives a request merged into another (it is closed, and leads
	 * on).
	 */
	String MERGED = "SAMMANFOGAD";

	/** Requests in id order after the given id (null: from the first). */
	List<IndexEntry> entries(UUID afterId, int limit);

	/**
	 * Which requests changed after the given change (time, then id), oldest change first:
	 * a node that walks this from its last seen change misses none.
	 */
	List<Change> changesAfter(OffsetDateTime updatedAt, UUID afterId, int limit);

	/** That a request changed, and when. */
	record Change(UUID id, OffsetDateTime updatedAt) {
	}

	/** The requests of these ids that exist, in no particular order. */
	List<IndexEntry> entries(Collection<UUID> ids);

	/** How many requests there are, for a rebuild's progress. */
	long count();

	/** Which of the requests the user may see; the rule is the request page's own. */
	Set<UUID> visibleTo(Collection<UUID> ids, CurrentUser user);

	/** The requests the user follows (they see those even when not their own). */
	Set<UUID> followedBy(String username);

	/** A request as the search index holds it. */
	record IndexEntry(UUID id, String number, UUID functionId, String functionCode, UUID serviceId, String serviceName,
			UUID forvaltningId, String forvaltningName, boolean confidential, UUID competenceId,
			String requesterUsername, UUID assigneeStaffId, String title, String description, String status,
			OffsetDateTime createdAt, OffsetDateTime updatedAt) {

		/** Open: not yet solved or closed. */
		public boolean open() {
			return !("LOST".equals(status) || "STANGD".equals(status) || MERGED.equals(status));
		}

	}

}
