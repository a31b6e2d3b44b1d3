package se.helhet.events;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An event as visitors, feeds and the API see it.
 *
 * @param number the event's number within its programme, for its stable public URL
 * @param priceSek the entrance fee in kronor; null when free
 * @param sequence the iCalendar SEQUENCE, raised on every change a calendar must notice
 * @param version the optimistic-lock version for editors' changes
 */
public record EventView(UUID id, UUID programmeId, int number, String titleSv, String titleEn, String descriptionSv,
		String descriptionEn, VenueView venue, String organiserName, List<OccurrenceView> occurrences,
		Set<Category> categories, Set<AgeGroup> ageGroups, String language, Integer priceSek, String priceNote,
		String imageRef, String imageAlt, List<Link> links, EventStatus status, String statusReason, int sequence,
		OffsetDateTime updatedAt, int version) {

	public EventView {
		occurrences = List.copyOf(occurrences);
		categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
		ageGroups = Set.copyOf(ageGroups);
		links = List.copyOf(links);
	}

	public String title(boolean english) {
		return english && titleEn != null && !titleEn.isBlank() ? titleEn : titleSv;
	}

	public String description(boolean english) {
		return english && descriptionEn != null && !descriptionEn.isBlank() ? descriptionEn : descriptionSv;
	}

	/** Whether the English page shows the Swedish text (no translation given). */
	public boolean swedishOnly(boolean english) {
		return english && (titleEn == null || titleEn.isBlank());
	}

	public boolean free() {
		return priceSek == null || priceSek == 0;
	}

	public boolean cancelled() {
		return status == EventStatus.CANCELLED;
	}

	public boolean moved() {
		return status == EventStatus.MOVED;
	}

	public OffsetDateTime startsAt() {
		return occurrences.getFirst().startsAt();
	}

	public OffsetDateTime endsAt() {
		return occurrences.getLast().endsAt();
	}

	/** The categories in their fixed order, for stable output. */
	public List<Category> sortedCategories() {
		return categories.stream().sorted().toList();
	}

	public List<AgeGroup> sortedAgeGroups() {
		return ageGroups.stream().sorted().toList();
	}

	/** A link the organiser gave, e.g. to tickets or the association's page. */
	public record Link(String url, String label) {
	}

}
