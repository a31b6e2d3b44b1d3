package se.helhet.platform.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.helhet.platform.internal.Outbox.OutboxMail;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxTests {

	private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00+01:00");

	@Test
	void failedMailsAreRetriedWithGrowingPausesAndThenGivenUp() {
		assertThat(Outbox.pause(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(Outbox.pause(2)).isEqualTo(Duration.ofMinutes(4));
		assertThat(Outbox.pause(5)).isEqualTo(Duration.ofMinutes(25));
		assertThat(Outbox.MAX_ATTEMPTS).isEqualTo(6);
	}

	@Test
	void aMailsStateFollowsFromItsRow() {
		assertThat(mail(NOW, null, 1, null).state()).isEqualTo("SENT");
		assertThat(mail(null, null, 0, NOW).state()).isEqualTo("QUEUED");
		assertThat(mail(null, "Försök 1 misslyckades.", 1, NOW).state()).isEqualTo("RETRYING");
		assertThat(mail(null, "Gav upp efter 6 försök.", 6, null).state()).isEqualTo("FAILED");
		assertThat(mail(null, null, 0, null).state()).as("written without an SMTP server").isEqualTo("KEPT");
	}

	private static OutboxMail mail(OffsetDateTime sentAt, String error, int attempts, OffsetDateTime next) {
		return new OutboxMail(UUID.randomUUID(), "a@b.se", "Ämne", "Text", NOW, sentAt, error, attempts, next);
	}

}
