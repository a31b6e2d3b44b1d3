package se.helhet.events.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.helhet.events.Accessibility;
import se.helhet.events.AgeGroup;
import se.helhet.events.Category;
import se.helhet.events.EventView;
import se.helhet.events.ProgrammeView;
import se.helhet.events.Submission;
import se.helhet.platform.Text;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionRulesTests {

	static final LocalDateTime NIGHT = LocalDateTime.of(2027, 1, 30, 0, 0);

	static final OffsetDateTime DEADLINE = LocalDateTime.of(2026, 12, 19, 23, 59)
		.atZone(EventsService.STOCKHOLM)
		.toOffsetDateTime();

	static final ProgrammeView KULTURNATTEN = new ProgrammeView(UUID.randomUUID(), "kulturnatten-2027",
			ProgrammeView.Kind.FESTIVAL, "Kulturnatten 2027", "Kulturnatten 2027", "", "",
			NIGHT.plusHours(10).atZone(EventsService.STOCKHOLM).toOffsetDateTime(),
			NIGHT.plusHours(24).atZone(EventsService.STOCKHOLM).toOffsetDateTime(), DEADLINE, null, null);

	static final ProgrammeView CALENDAR = new ProgrammeView(UUID.randomUUID(), "evenemangskalendern",
			ProgrammeView.Kind.CALENDAR, "Evenemangskalendern", "Events calendar", "", "", null, null, null, null,
			null);

	static final Instant BEFORE_DEADLINE = DEADLINE.toInstant().minusSeconds(3600);

	static final Instant AFTER_DEADLINE = DEADLINE.toInstant().plusSeconds(60);

	static Submission valid(List<Submission.Slot> slots) {
		return new Submission(KULTURNATTEN.id(), "Folkmusik i trapphuset", "",
				"Spelmanslaget spelar polskor och valser i trapphuset.", "", UUID.randomUUID(), null, slots,
				Set.of(Category.MUSIK), Set.of(AgeGroup.ALLA), "svenska", null, "", null, null, List.of(), true);
	}

	static Submission valid() {
		return valid(List
			.of(new Submission.Slot(NIGHT.plusHours(18), NIGHT.plusHours(19), Set.of(Accessibility.HEARING_LOOP))));
	}

	private static Map<String, Text> check(Submission s) {
		return SubmissionRules.check(s, KULTURNATTEN, BEFORE_DEADLINE, true, true);
	}

	@Test
	void aCompleteSubmissionBeforeTheDeadlineBreaksNoRule() {
		assertThat(check(valid())).isEmpty();
	}

	@Test
	void markupInAnyTextIsRefusedWithAPlainTextMessage() {
		Submission s = valid().withTexts("Konsert <script>alert(1)</script>", "",
				"En <b>fet</b> kväll med musik för alla.", "<img src=x onerror=alert(1)>");

		Map<String, Text> errors = check(s);

		assertThat(errors).containsKeys("titleSv", "descriptionSv", "descriptionEn");
		assertThat(errors.get("titleSv").sv()).contains("vanlig text");
	}

	@Test
	void plainTextWithAngleBracketsOrAmpersandsIsNotMarkup() {
		assertThat(SubmissionRules.hasMarkup("Rock & pop för barn < 12 år")).isFalse();
		assertThat(SubmissionRules.hasMarkup("<3 Sjövik")).isFalse();
		assertThat(SubmissionRules.hasMarkup("<a href=x>länk</a>")).isTrue();
	}

	@Test
	void textsLongerThanTheirLimitSayHowLongTheyAre() {
		Submission s = valid().withTexts("x".repeat(121), "", "y".repeat(3001), "");

		Map<String, Text> errors = check(s);

		assertThat(errors.get("titleSv").sv()).contains("högst 120 tecken", "nu 121");
		assertThat(errors.get("descriptionSv").sv()).contains("högst 3000");
	}

	@Test
	void aSlotMustEndAfterItStarts() {
		Map<String, Text> errors = check(
				valid(List.of(new Submission.Slot(NIGHT.plusHours(19), NIGHT.plusHours(18), Set.of()))));

		assertThat(errors).containsKey("slot0End");
		assertThat(errors.get("slot0End").sv()).contains("sluta efter");
	}

	@Test
	void aFestivalSlotMustLieWithinTheProgrammesDay() {
		Map<String, Text> errors = check(valid(
				List.of(new Submission.Slot(NIGHT.plusHours(18), NIGHT.plusHours(19), Set.of()), new Submission.Slot(
						NIGHT.plusHours(23).plusMinutes(30), NIGHT.plusHours(24).plusMinutes(30), Set.of()))));

		assertThat(errors).containsOnlyKeys("slot1Start");
		assertThat(errors.get("slot1Start").sv()).contains("utanför Kulturnatten 2027");
	}

	@Test
	void afterTheDeadlineANewEventIsRefusedButAChangeToAnApprovedOneIsNot() {
		Map<String, Text> newEvent = SubmissionRules.check(valid(), KULTURNATTEN, AFTER_DEADLINE, true, true);
		Map<String, Text> change = SubmissionRules.check(valid(), KULTURNATTEN, AFTER_DEADLINE, false, true);
		Map<String, Text> draft = SubmissionRules.check(valid(), KULTURNATTEN, AFTER_DEADLINE, true, false);

		assertThat(newEvent).containsOnlyKeys("programme");
		assertThat(newEvent.get("programme").sv()).contains("Sista dag", "19 december 2026");
		assertThat(change).isEmpty();
		assertThat(draft).isEmpty();
	}

	@Test
	void theRulesMustBeConfirmedToSendButNotForADraft() {
		Submission s = new Submission(KULTURNATTEN.id(), "Folkmusik", "", "Spelmanslaget spelar polskor och valser.",
				"", UUID.randomUUID(), null, valid().slots(), Set.of(Category.MUSIK), Set.of(AgeGroup.ALLA), "svenska",
				null, "", null, null, List.of(), false);

		assertThat(check(s)).containsOnlyKeys("rules");
		assertThat(SubmissionRules.check(s, KULTURNATTEN, BEFORE_DEADLINE, true, false)).isEmpty();
	}

	@Test
	void categoriesAgesVenueAndPriceAreChecked() {
		Submission s = new Submission(KULTURNATTEN.id(), "Folkmusik", "", "Spelmanslaget spelar polskor och valser.",
				"", null, null, valid().slots(), Set.of(Category.MUSIK, Category.DANS, Category.KONST, Category.FILM),
				Set.of(), "svenska", -5, "", null, null, List.of(new EventView.Link("javascript:alert(1)", "")), true);

		assertThat(check(s)).containsOnlyKeys("venueId", "categories", "ageGroups", "priceSek", "link0Url");
	}

	@Test
	void aProposedVenueNeedsNameAddressPostalCodeAndArea() {
		Submission s = valid().withVenue(null, new Submission.NewVenue("Spelmansgården", "", "3524", ""));

		assertThat(check(s)).containsOnlyKeys("venueStreet", "venuePostal", "venueArea");
	}

	@Test
	void anImageNeedsADescriptionForThoseWhoCannotSeeIt() {
		assertThat(check(valid().withImage("/evenemang/bilder/x.jpg", ""))).containsOnlyKeys("imageAlt");
		assertThat(check(valid().withImage("/evenemang/bilder/x.jpg", "Fiolspelare i trappa"))).isEmpty();
	}

	@Test
	void aCalendarEventIsOneDayAndAtMostTwelveHoursASlot() {
		LocalDateTime may = LocalDateTime.of(2027, 5, 15, 10, 0);
		Submission tooLong = valid(List.of(new Submission.Slot(may, may.plusHours(13), Set.of())));
		Submission twoDays = valid(List.of(new Submission.Slot(may, may.plusHours(2), Set.of()),
				new Submission.Slot(may.plusDays(1), may.plusDays(1).plusHours(2), Set.of())));

		assertThat(SubmissionRules.check(tooLong, CALENDAR, BEFORE_DEADLINE, true, true)).containsOnlyKeys("slot0End");
		assertThat(SubmissionRules.check(twoDays, CALENDAR, BEFORE_DEADLINE, true, true))
			.containsOnlyKeys("slot1Start");
	}

}
