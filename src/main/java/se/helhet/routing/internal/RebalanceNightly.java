package se.helhet.routing.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitView;
import se.helhet.platform.Mailer;
import se.helhet.routing.internal.RebalanceService.Proposal;

/**
 * The nightly proposal: when {@code helhet.routing.rebalance.nightly-cron} is set (off by
 * default, "-"), each function gets a proposal at that time and its lead a mail with a
 * link to review it. Nothing moves until the lead accepts; the proposal is kept for a
 * day.
 */
@Component
class RebalanceNightly {

	private static final Logger log = LoggerFactory.getLogger(RebalanceNightly.class);

	private final RebalanceService rebalancing;

	private final Organisation organisation;

	private final Mailer mailer;

	private final String baseUrl;

	RebalanceNightly(RebalanceService rebalancing, Organisation organisation, Mailer mailer,
			@Value("${helhet.base-url:http://localhost:8080}") String baseUrl) {
		this.rebalancing = rebalancing;
		this.organisation = organisation;
		this.mailer = mailer;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${helhet.routing.rebalance.nightly-cron:-}", zone = "Europe/Stockholm")
	void proposeForEveryFunction() {
		for (UnitView function : organisation.functions()) {
			rebalancing.startNightly(function.id(), proposal -> tellTheLeads(function, proposal));
		}
	}

	void tellTheLeads(UnitView function, Proposal proposal) {
		if (proposal.moves().isEmpty()) {
			log.info("Nattlig omfördelning i {}: inget behöver flyttas", function.name());
			return;
		}
		String link = baseUrl + "/tilldelning/omfordelning?funktion=" + function.id() + "&jobb=" + proposal.jobId();
		for (StaffView lead : organisation.staff(function.id())) {
			if (lead.lead() && lead.username() != null) {
				mailer.sendToAccount(lead.username(), "Förslag till omfördelning i " + function.name(), """
						Hej %s!

						I natt räknade Helhet fram ett förslag som jämnar ut %s öppna ärenden. Föreslagna flyttar: %d.
						Inget flyttas förrän du har godkänt. Granska förslaget och välj vilka flyttar som ska göras:

						%s

						Förslaget sparas i ett dygn.""".formatted(lead.firstName(), function.name(),
						proposal.moves().size(), link));
			}
		}
	}

}
