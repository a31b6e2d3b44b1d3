package se.helhet.events.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.helhet.events.SubmissionView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.HomeCard;
import se.helhet.platform.HomeContributor;

/** What organisers sent, on the start page of those who review it. */
@Component
class ReviewQueueHome implements HomeContributor {

	private static final int SHOWN = 5;

	private final SubmissionsService submissions;

	private final EventsService events;

	private final MessageSource messages;

	ReviewQueueHome(SubmissionsService submissions, EventsService events, MessageSource messages) {
		this.submissions = submissions;
		this.events = events;
		this.messages = messages;
	}

	@Override
	public List<HomeCard> cardsFor(CurrentUser user, Locale locale) {
		if (!events.mayEdit(user)) {
			return List.of();
		}
		List<SubmissionView> waiting = submissions.queue(user);
		List<HomeCard.Item> items = waiting.stream()
			.limit(SHOWN)
			.map(s -> new HomeCard.Item(s.submission().titleSv(),
					t(locale, s.isNew() ? "events.review.new" : "events.review.changed", s.changes().size()) + " · "
							+ s.programme().name("en".equals(locale.getLanguage())),
					"/evenemang/redaktion/" + s.id()))
			.toList();
		return List.of(new HomeCard(t(locale, "events.review.title"), t(locale, "events.review.lead", waiting.size()),
				items, t(locale, "events.review.empty"),
				List.of(new HomeCard.Link(t(locale, "events.review.open"), "/evenemang/redaktion")), 35));
	}

	private String t(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
