package se.helhet.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A programme: one Kulturnatten edition or the all-year events calendar.
 *
 * @param slug the path segment of its public page, e.g. "kulturnatten-2027"
 * @param startsAt the start of the festival day; null for the calendar
 * @param endsAt the end of the festival day; null for the calendar
 * @param submissionDeadline organisers may submit until then; null for no deadline
 * @param printFreeze after this, changes are marked "ändrat efter tryck"; null for none
 * @param publishedAt when visitors could first see it; null while unpublished
 */
public record ProgrammeView(UUID id, String slug, Kind kind, String nameSv, String nameEn, String descriptionSv,
		String descriptionEn, OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime submissionDeadline,
		OffsetDateTime printFreeze, OffsetDateTime publishedAt) {

	public String name(boolean english) {
		return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameSv;
	}

	public String description(boolean english) {
		return english && descriptionEn != null && !descriptionEn.isBlank() ? descriptionEn : descriptionSv;
	}

	public boolean isFestival() {
		return kind == Kind.FESTIVAL;
	}

	/** A yearly festival on one day, or the calendar that runs all year. */
	public enum Kind {

		FESTIVAL, CALENDAR

	}

}
