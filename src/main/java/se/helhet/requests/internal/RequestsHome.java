package se.helhet.requests.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.helhet.platform.CurrentUser;
import se.helhet.platform.HomeCard;
import se.helhet.platform.HomeCard.Item;
import se.helhet.platform.HomeCard.Link;
import se.helhet.platform.HomeContributor;
import se.helhet.platform.Role;
import se.helhet.requests.RequestSummary;
import se.helhet.requests.Requests.ListPage;
import se.helhet.requests.Requests.Queue;
import se.helhet.requests.Requests.RequestQuery;
import se.helhet.requests.Requests.Sort;

/** A requester's latest requests and a handler's queue on the start page. */
@Component
class RequestsHome implements HomeContributor {

	private final RequestService requests;

	private final MessageSource messages;

	RequestsHome(RequestService requests, MessageSource messages) {
		this.requests = requests;
		this.messages = messages;
	}

	@Override
	public List<HomeCard> cardsFor(CurrentUser user, Locale locale) {
		List<HomeCard> cards = new ArrayList<>();
		if (user.has(Role.REQUESTER)) {
			ListPage mine = requests.list(new RequestQuery(Queue.REQUESTED, null, null, null, Sort.CREATED, true, 0, 5),
					user);
			cards.add(new HomeCard(t(locale, "home.myRequests.heading"), "", items(mine.rows(), locale),
					t(locale, "home.myRequests.empty"),
					List.of(new Link(t(locale, "home.myRequests.order"), "/katalog"),
							new Link(t(locale, "home.myRequests.all"), "/arenden?vy=bestallda")),
					10));
		}
		if (user.has(Role.HANDLER) && user.staffId() != null) {
			ListPage queue = requests.list(new RequestQuery(Queue.MINE, null, null, null, Sort.DUE, false, 0, 5), user);
			long overdue = requests.list(new RequestQuery(Queue.OVERDUE, null, null, null, Sort.DUE, false, 0, 1), user)
				.total();
			long unassigned = requests
				.list(new RequestQuery(Queue.UNASSIGNED, null, null, null, Sort.DUE, false, 0, 1), user)
				.total();
			cards.add(new HomeCard(t(locale, "home.queue.heading"),
					t(locale, "home.queue.lead", queue.total(), overdue, unassigned), items(queue.rows(), locale),
					t(locale, "home.queue.empty"), List.of(new Link(t(locale, "home.queue.all"), "/arenden?vy=mina")),
					10));
		}
		return cards;
	}

	private List<Item> items(List<RequestSummary> rows, Locale locale) {
		OffsetDateTime now = OffsetDateTime.now();
		return rows.stream()
			.map(r -> new Item(r.number() + " " + r.title(),
					t(locale, r.status().labelKey()) + (r.overdue(now) ? " · " + t(locale, "request.overdue") : ""),
					"/arenden/" + r.id()))
			.toList();
	}

	private String t(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
