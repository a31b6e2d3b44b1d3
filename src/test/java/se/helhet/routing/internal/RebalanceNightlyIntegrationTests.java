package se.helhet.routing.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.routing.internal.RebalanceService.Move;
import se.helhet.routing.internal.RebalanceService.Proposal;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly proposal mails the function's lead a link to review it, and only when there
 * is something to move.
 */
@HelhetIntegrationTest
class RebalanceNightlyIntegrationTests {

	@Autowired
	RebalanceNightly nightly;

	@Autowired
	Organisation organisation;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLeadGetsAMailWithTheLinkWhenTheProposalHasMoves() {
		UnitView hr = organisation.functions()
			.stream()
			.filter(f -> "HR".equals(f.shortName()))
			.findFirst()
			.orElseThrow();
		UUID job = UUID.randomUUID();
		Move move = new Move(UUID.randomUUID(), "HR 2026/99999", false, UUID.randomUUID(), "Karin Ek",
				UUID.randomUUID(), "Per Olsson", null, "Karin Ek är frånvarande i dag");
		String subject = "Förslag till omfördelning i " + hr.name();
		long before = mails(subject);

		nightly.tellTheLeads(hr, proposal(job, hr.id(), List.of()));
		assertThat(mails(subject)).as("nothing to move, no mail").isEqualTo(before);

		nightly.tellTheLeads(hr, proposal(job, hr.id(), List.of(move)));
		assertThat(mails(subject)).isGreaterThan(before);
		String body = jdbc.sql("select body from platform_outbox where subject = ? order by created_at desc")
			.param(subject)
			.query(String.class)
			.list()
			.getFirst();
		assertThat(body).contains("Föreslagna flyttar: 1.",
				"/tilldelning/omfordelning?funktion=" + hr.id() + "&jobb=" + job,
				"Inget flyttas förrän du har godkänt");
	}

	private long mails(String subject) {
		return jdbc.sql("select count(*) from platform_outbox where subject = ?")
			.param(subject)
			.query(Long.class)
			.single();
	}

	private static Proposal proposal(UUID job, UUID functionId, List<Move> moves) {
		return new Proposal(job, functionId, null, null, null, null, true, false, 0, moves, List.of(), List.of());
	}

}
