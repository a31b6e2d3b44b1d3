package se.helhet.events.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.helhet.events.VenueDetail;

import static org.assertj.core.api.Assertions.assertThat;

class VenueRulesTests {

	private static final LocalDate NIGHT = LocalDate.of(2027, 1, 30);

	@Test
	void coordinatesInSwedenAreAcceptedWithPointOrComma() {
		assertThat(VenueRules.latitudeProblem("56,8790", "14.8059")).isEmpty();
		assertThat(VenueRules.longitudeProblem("56,8790", "14.8059")).isEmpty();
		assertThat(VenueRules.decimal("56,879")).contains(new BigDecimal("56.879000"));
		assertThat(VenueRules.latitudeProblem("68.35", "18.83")).as("Abisko").isEmpty();
	}

	@Test
	void bothCoordinatesMayBeLeftEmptyButNotJustOne() {
		assertThat(VenueRules.latitudeProblem("", " ")).isEmpty();
		assertThat(VenueRules.longitudeProblem(null, null)).isEmpty();
		assertThat(VenueRules.latitudeProblem("", "14.8"))
			.hasValueSatisfying(t -> assertThat(t.sv()).contains("latitud"));
		assertThat(VenueRules.longitudeProblem("56.8", ""))
			.hasValueSatisfying(t -> assertThat(t.sv()).contains("longitud"));
	}

	@Test
	void swappedOrForeignOrUnreadableCoordinatesAreRefusedWithWhatToDo() {
		assertThat(VenueRules.latitudeProblem("14.8059", "56.8790"))
			.hasValueSatisfying(t -> assertThat(t.sv()).contains("mellan 55 och 69", "bytt plats"));
		assertThat(VenueRules.longitudeProblem("14.8059", "56.8790")).isPresent();
		assertThat(VenueRules.latitudeProblem("52.52", "13.40")).as("Berlin").isPresent();
		assertThat(VenueRules.longitudeProblem("60.17", "24.94")).as("Helsingfors").isPresent();
		assertThat(VenueRules.latitudeProblem("norr", "14.8")).isPresent();
		assertThat(VenueRules.decimal("56.8.1")).isEmpty();
	}

	@Test
	void aVenueCannotBeMergedIntoItself() {
		VenueDetail library = venue("Stadsbiblioteket", VenueDetail.Status.APPROVED, null);

		assertThat(VenueRules.mergeProblem(library, library))
			.hasValueSatisfying(t -> assertThat(t.sv()).contains("två olika platser"));
	}

	@Test
	void anAlreadyMergedVenueIsNeitherMergedAgainNorKept() {
		VenueDetail library = venue("Stadsbiblioteket", VenueDetail.Status.APPROVED, null);
		VenueDetail merged = venue("Sjöviks stadsbibliotek", VenueDetail.Status.MERGED, library);
		VenueDetail other = venue("Konsthallen", VenueDetail.Status.APPROVED, null);

		assertThat(VenueRules.mergeProblem(merged, library))
			.hasValueSatisfying(t -> assertThat(t.sv()).contains("redan sammanfogad"));
		assertThat(VenueRules.mergeProblem(other, merged))
			.hasValueSatisfying(t -> assertThat(t.sv()).contains("Välj den platsen att behålla", "Stadsbiblioteket"));
	}

	@Test
	void aDuplicateMayBeMergedIntoAnotherVenueAndBothMustBeChosen() {
		VenueDetail library = venue("Stadsbiblioteket", VenueDetail.Status.APPROVED, null);
		VenueDetail duplicate = venue("Sjöviks stadsbibliotek", VenueDetail.Status.PROPOSED, null);

		assertThat(VenueRules.mergeProblem(duplicate, library)).isEmpty();
		assertThat(VenueRules.mergeProblem(null, library)).isPresent();
		assertThat(VenueRules.mergeProblem(duplicate, null)).isPresent();
	}

	@Test
	void openingHoursUntilMidnightOrAfterCloseTheNextDay() {
		var untilMidnight = VenueRules.hours(NIGHT, EventsService.STOCKHOLM, "10:00", "24:00");
		var afterMidnight = VenueRules.hours(NIGHT, EventsService.STOCKHOLM, "18.00", "01:30");
		var evening = VenueRules.hours(NIGHT, EventsService.STOCKHOLM, "9:00", "22:00");

		assertThat(untilMidnight.closesAt()).isEqualTo(OffsetDateTime.parse("2027-01-31T00:00+01:00"));
		assertThat(afterMidnight.opensAt()).isEqualTo(OffsetDateTime.parse("2027-01-30T18:00+01:00"));
		assertThat(afterMidnight.closesAt()).isEqualTo(OffsetDateTime.parse("2027-01-31T01:30+01:00"));
		assertThat(evening.opensAt()).isEqualTo(OffsetDateTime.parse("2027-01-30T09:00+01:00"));
		assertThat(evening.problem()).isNull();
	}

	@Test
	void openingHoursAreBothOrNeither() {
		assertThat(VenueRules.hours(NIGHT, EventsService.STOCKHOLM, "", "").none()).isTrue();
		assertThat(VenueRules.hours(NIGHT, EventsService.STOCKHOLM, "10:00", "").problem()).isNotNull();
		assertThat(VenueRules.hours(NIGHT, EventsService.STOCKHOLM, "tio", "22:00").problem().sv()).contains("tt:mm");
	}

	private static VenueDetail venue(String name, VenueDetail.Status status, VenueDetail into) {
		return new VenueDetail(UUID.nameUUIDFromBytes(name.getBytes()), name, "Västra Esplanaden 7", "352 30", "Sjövik",
				"Centrum", null, null, true, false, false, "", status, into == null ? null : into.id(),
				into == null ? null : into.name(), 3, 0, List.of());
	}

}
