package se.helhet.knowledge.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.helhet.knowledge.DocumentView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.HomeCard;
import se.helhet.platform.HomeCard.Item;
import se.helhet.platform.HomeCard.Link;
import se.helhet.platform.HomeContributor;
import se.helhet.platform.Role;

/**
 * The governing documents a person should act on, on their start page: the ones they own
 * whose review is near or past, and for a function's lead every overdue review of the
 * function.
 */
@Component
class KnowledgeHome implements HomeContributor {

	private final GoverningDocumentService documents;

	private final MessageSource messages;

	KnowledgeHome(GoverningDocumentService documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	@Override
	public List<HomeCard> cardsFor(CurrentUser user, Locale locale) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		boolean lead = user.has(Role.FUNCTION_LEAD) && user.unitId() != null;
		List<DocumentView> due = documents.documents(lead ? user.unitId() : null)
			.stream()
			.filter(d -> (lead && d.overdue(today)) || (d.owner().equals(user.username())
					&& (d.overdue(today) || d.reviewDueWithin(today, documents.noticeDays()))))
			.toList();
		if (due.isEmpty()) {
			return List.of();
		}
		List<Item> items = new ArrayList<>();
		for (DocumentView d : due) {
			String when = d.overdue(today) ? t(locale, "knowledge.home.overdue", d.reviewDate())
					: t(locale, "knowledge.home.due", d.reviewDate());
			items.add(new Item(d.title(), when, "/kunskap/styrdokument/" + d.id()));
		}
		return List.of(new HomeCard(t(locale, "knowledge.home.heading"), t(locale, "knowledge.home.lead"), items, "",
				List.of(new Link(t(locale, "knowledge.home.open"), "/kunskap/styrdokument")), 40));
	}

	private String t(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
