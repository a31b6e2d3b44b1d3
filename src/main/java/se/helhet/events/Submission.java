package se.helhet.events;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An event as an organiser submits it, or as an editor last approved it: every field of
 * the form, in Swedish time. Kept whole (as JSON) so that a change to an approved event
 * can wait for review while visitors keep seeing the approved version.
 *
 * @param venueId an approved venue the organiser picked, or the proposed venue once saved
 * @param newVenue a venue the organiser proposes; null when they picked an existing one
 * @param priceSek the entrance fee; null when free
 * @param imageRef the public path of the resized image; null when none
 * @param rulesConfirmed the organiser confirmed the calendar's rules
 */
public record Submission(UUID programmeId, String titleSv, String titleEn, String descriptionSv, String descriptionEn,
		UUID venueId, NewVenue newVenue, List<Slot> slots, Set<Category> categories, Set<AgeGroup> ageGroups,
		String language, Integer priceSek, String priceNote, String imageRef, String imageAlt,
		List<EventView.Link> links, boolean rulesConfirmed) {

	public Submission {
		titleSv = titleSv == null ? "" : titleSv;
		titleEn = titleEn == null ? "" : titleEn;
		descriptionSv = descriptionSv == null ? "" : descriptionSv;
		descriptionEn = descriptionEn == null ? "" : descriptionEn;
		slots = slots == null ? List.of() : List.copyOf(slots);
		categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
		ageGroups = ageGroups == null || ageGroups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ageGroups));
		language = language == null ? "" : language;
		priceNote = priceNote == null ? "" : priceNote;
		links = links == null ? List.of() : List.copyOf(links);
	}

	public boolean free() {
		return priceSek == null || priceSek == 0;
	}

	public List<Category> sortedCategories() {
		return categories.stream().sorted().toList();
	}

	public List<AgeGroup> sortedAgeGroups() {
		return ageGroups.stream().sorted().toList();
	}

	public Submission withVenue(UUID venue, NewVenue proposed) {
		return new Submission(programmeId, titleSv, titleEn, descriptionSv, descriptionEn, venue, proposed, slots,
				categories, ageGroups, language, priceSek, priceNote, imageRef, imageAlt, links, rulesConfirmed);
	}

	public Submission withImage(String ref, String alt) {
		return new Submission(programmeId, titleSv, titleEn, descriptionSv, descriptionEn, venueId, newVenue, slots,
				categories, ageGroups, language, priceSek, priceNote, ref, alt, links, rulesConfirmed);
	}

	public Submission withTexts(String sv, String en, String descSv, String descEn) {
		return new Submission(programmeId, sv, en, descSv, descEn, venueId, newVenue, slots, categories, ageGroups,
				language, priceSek, priceNote, imageRef, imageAlt, links, rulesConfirmed);
	}

	/**
	 * One time the event happens, with what makes that time accessible.
	 */
	public record Slot(LocalDateTime start, LocalDateTime end, Set<Accessibility> accessibility) {

		public Slot {
			accessibility = accessibility == null || accessibility.isEmpty() ? Set.of()
					: Set.copyOf(EnumSet.copyOf(accessibility));
		}

		public boolean has(Accessibility access) {
			return accessibility.contains(access);
		}

	}

	/** A venue the organiser proposes; an editor approves it or picks an existing one. */
	public record NewVenue(String name, String streetAddress, String postalCode, String area) {

		public NewVenue {
			name = name == null ? "" : name;
			streetAddress = streetAddress == null ? "" : streetAddress;
			postalCode = postalCode == null ? "" : postalCode;
			area = area == null ? "" : area;
		}

	}

}
