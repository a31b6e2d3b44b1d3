package se.helhet.events.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.helhet.events.Accessibility;
import se.helhet.events.FieldChange;
import se.helhet.events.Submission;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionDiffTests {

	private static final UUID LIBRARY = UUID.randomUUID();

	private static String name(UUID id) {
		return id.equals(LIBRARY) ? "Stadsbiblioteket" : "?";
	}

	@Test
	void theSameVersionHasNoChanges() {
		Submission s = SubmissionRulesTests.valid();

		assertThat(SubmissionDiff.between(s, s, SubmissionDiffTests::name)).isEmpty();
		assertThat(SubmissionDiff.timesChanged(s, s)).isFalse();
	}

	@Test
	void eachChangedFieldIsListedWithItsReadableBeforeAndAfter() {
		Submission before = SubmissionRulesTests.valid().withVenue(LIBRARY, null);
		var night = SubmissionRulesTests.NIGHT;
		Submission after = new Submission(before.programmeId(), "Folkmusik i trapphuset – med gäst", "",
				before.descriptionSv(), "", LIBRARY, null,
				List.of(new Submission.Slot(night.plusHours(18).plusMinutes(30), night.plusHours(19).plusMinutes(30),
						Set.of(Accessibility.HEARING_LOOP, Accessibility.SIGN_LANGUAGE))),
				before.categories(), before.ageGroups(), before.language(), 50, "", null, null, List.of(), true);

		List<FieldChange> changes = SubmissionDiff.between(before, after, SubmissionDiffTests::name);

		assertThat(changes).extracting(FieldChange::labelKey)
			.containsExactly("events.field.titleSv", "events.field.slots", "events.field.price");
		assertThat(changes.get(1).before()).isEqualTo("2027-01-30 18.00–19.00 (T)");
		assertThat(changes.get(1).after()).isEqualTo("2027-01-30 18.30–19.30 (TSP T)");
		assertThat(changes.get(2)).isEqualTo(new FieldChange("events.field.price", "Gratis", "50 kr"));
		assertThat(SubmissionDiff.timesChanged(before, after)).isTrue();
	}

	@Test
	void aProposedVenueIsShownWithItsAddress() {
		Submission before = SubmissionRulesTests.valid().withVenue(LIBRARY, null);
		Submission after = before.withVenue(UUID.randomUUID(),
				new Submission.NewVenue("Spelmansgården", "Lindvägen 4", "352 45", "Norrängen"));

		List<FieldChange> changes = SubmissionDiff.between(before, after, SubmissionDiffTests::name);

		assertThat(changes).containsExactly(new FieldChange("events.field.venue", "Stadsbiblioteket",
				"Ny plats: Spelmansgården, Lindvägen 4, 352 45 (Norrängen)"));
	}

}
