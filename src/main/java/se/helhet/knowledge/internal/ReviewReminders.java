package se.helhet.knowledge.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the owners of governing documents by e-mail before the review date (and once
 * more for a new review date). Off with {@code helhet.knowledge.review-cron=-}.
 */
@Component
class ReviewReminders {

	private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);

	private final GoverningDocumentService documents;

	ReviewReminders(GoverningDocumentService documents) {
		this.documents = documents;
	}

	@Scheduled(cron = "${helhet.knowledge.review-cron:0 0 7 * * MON-FRI}", zone = "Europe/Stockholm")
	void remind() {
		int sent = documents.remindOwners(LocalDate.now(ZoneId.of("Europe/Stockholm")));
		if (sent > 0) {
			log.info("Reminded the owners of {} governing documents of their review date", sent);
		}
	}

}
