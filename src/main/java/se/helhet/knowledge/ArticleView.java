package se.helhet.knowledge;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A knowledge article as its readers see it.
 *
 * @param id id
 * @param functionId the central function that wrote it
 * @param title title
 * @param body the text in Markdown, as written
 * @param html the text rendered and sanitised, safe to show as it is
 * @param tags lower-case tags
 * @param owner the owner's username
 * @param ownerName the owner's name
 * @param status utkast, publicerad or arkiverad
 * @param audience who reads it once published
 * @param createdAt when written
 * @param updatedAt last change
 * @param updatedBy username of the last change
 * @param publishedAt when first published, may be null
 * @param helpfulYes readers who found it helpful
 * @param helpfulNo readers who did not
 * @param version for optimistic locking
 */
public record ArticleView(UUID id, UUID functionId, String title, String body, String html, List<String> tags,
		String owner, String ownerName, ArticleStatus status, Audience audience, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, String updatedBy, OffsetDateTime publishedAt, int helpfulYes, int helpfulNo,
		int version) {

	public ArticleView {
		tags = List.copyOf(tags);
	}

	public boolean published() {
		return status == ArticleStatus.PUBLICERAD;
	}

}
