package se.helhet.platform.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.helhet.platform.CurrentUser;
import se.helhet.platform.HomeCard;
import se.helhet.platform.HomeContributor;
import se.helhet.platform.Role;

/**
 * The start page's cards for work that later modules take over: the request lists, the
 * events review and samverkan. Until then they say plainly that there is nothing yet.
 */
@Component
class PlatformHome implements HomeContributor {

	private final MessageSource messages;

	private final Clock clock;

	private final Outbox outbox;

	PlatformHome(MessageSource messages, Clock clock, Outbox outbox) {
		this.messages = messages;
		this.clock = clock;
		this.outbox = outbox;
	}

	@Override
	public List<HomeCard> cardsFor(CurrentUser user, Locale locale) {
		List<HomeCard> cards = new ArrayList<>();
		if (user.has(Role.ADMIN)) {
			cards.add(mailCard(locale));
		}
		if (user.has(Role.EDITOR)) {
			LocalDate night = nextKulturnatten(LocalDate.now(clock));
			String date = night.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
			cards.add(new HomeCard(t(locale, "home.events.heading"), t(locale, "home.events.lead", date), List.of(),
					t(locale, "home.events.empty"), List.of(), 8));
		}
		if (user.has(Role.UNION_REP)) {
			cards.add(new HomeCard(t(locale, "home.samverkan.heading"), t(locale, "home.samverkan.lead"), List.of(),
					t(locale, "home.samverkan.empty"), List.of(), 8));
		}
		return cards;
	}

	/** The administrator's way to the outbox, where every mail can be read. */
	private HomeCard mailCard(Locale locale) {
		Outbox.Counts counts = outbox.counts();
		return new HomeCard(t(locale, "home.outbox.heading"),
				t(locale, outbox.smtpConfigured() ? "home.outbox.lead.smtp" : "home.outbox.lead.kept"),
				List.of(new HomeCard.Item(t(locale, "home.outbox.total"), String.valueOf(counts.total()),
						"/admin/utkorg"),
						new HomeCard.Item(t(locale, "home.outbox.unsent"), String.valueOf(counts.unsent()), null)),
				"", List.of(new HomeCard.Link(t(locale, "home.outbox.open"), "/admin/utkorg")), 6);
	}

	/** Kulturnatten is held on the last Saturday of January. */
	static LocalDate nextKulturnatten(LocalDate today) {
		LocalDate thisYear = LocalDate.of(today.getYear(), 1, 31)
			.with(TemporalAdjusters.lastInMonth(DayOfWeek.SATURDAY));
		return today.isAfter(thisYear)
				? LocalDate.of(today.getYear() + 1, 1, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SATURDAY))
				: thisYear;
	}

	private String t(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
