package se.helhet.requests.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import se.helhet.requests.WorkingCalendar;

/**
 * The e-mails about requests, in plain Swedish. A confidential request's mail says only
 * its number and what happened: e-mail travels outside Helhet, so the title, the
 * description, the service, the reason for an assignment and the names stay in Helhet,
 * behind the login.
 */
final class RequestMailTexts {

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH.mm",
			Locale.of("sv"));

	private RequestMailTexts() {
	}

	/**
	 * What a mail may tell about a request.
	 *
	 * @param number registration number
	 * @param confidential whether the request is confidential
	 * @param title the requester's title
	 * @param serviceName the catalogue service
	 * @param forvaltningName the requester's förvaltning
	 * @param dueAt when it should be solved
	 * @param link the request's page in Helhet
	 */
	record About(String number, boolean confidential, String title, String serviceName, String forvaltningName,
			OffsetDateTime dueAt, String link) {
	}

	/** A mail's subject and text. */
	record Text(String subject, String body) {
	}

	/** To the requester: the request is filed, and who (if anyone yet) handles it. */
	static Text registered(About r, String assigneeName) {
		if (r.confidential()) {
			return secret(r, "Sekretessärende " + r.number() + " är registrerat", "har registrerats");
		}
		return text(r, "Ditt ärende " + r.number() + " är registrerat", "Vi har tagit emot ditt ärende " + r.number()
				+ ": " + r.title() + "\nTjänst: " + r.serviceName() + "\n\n"
				+ (assigneeName == null ? "Ärendet får snart en handläggare." : assigneeName + " handlägger ärendet.")
				+ "\nVi siktar på att ärendet är klart senast " + due(r) + ".");
	}

	/** To the requester: a handler has taken the request. */
	static Text assignedToRequester(About r, String assigneeName) {
		if (r.confidential()) {
			return secret(r, "Sekretessärende " + r.number() + " har fått en handläggare", "har fått en handläggare");
		}
		return text(r, "Ärende " + r.number() + " har fått en handläggare",
				assigneeName + " hjälper dig nu med ditt ärende " + r.number() + ": " + r.title());
	}

	/** To the handler: the request is theirs now. */
	static Text assignedToHandler(About r, String reason) {
		if (r.confidential()) {
			return secret(r, "Sekretessärende " + r.number() + " är tilldelat dig", "har tilldelats dig");
		}
		return text(r, "Ärende " + r.number() + " är tilldelat dig",
				"Ärende " + r.number() + " är tilldelat dig: " + r.title() + "\nTjänst: " + r.serviceName()
						+ "\nFörvaltning: " + r.forvaltningName()
						+ (reason == null || reason.isBlank() ? "" : "\nSkäl: " + reason.strip()) + "\nKlart senast: "
						+ due(r));
	}

	/** To the requester: the handler needs an answer (status Väntar). */
	static Text waitingForRequester(About r) {
		if (r.confidential()) {
			return secret(r, "Sekretessärende " + r.number() + " väntar på ditt svar", "väntar på svar från dig");
		}
		return text(r, "Ärende " + r.number() + " väntar på ditt svar",
				"Handläggaren behöver svar från dig för att kunna fortsätta med ditt ärende " + r.number() + ": "
						+ r.title() + "\n\nLäs frågan och svara i ärendet.");
	}

	/** To the requester: the request is solved and waits for their confirmation. */
	static Text resolved(About r, int reopenDays) {
		String confirm = "Bekräfta att du är nöjd. Om något saknas kan du öppna ärendet igen inom " + reopenDays
				+ " dagar.";
		if (r.confidential()) {
			return secret(r, "Sekretessärende " + r.number() + " är löst", "har lösts. " + confirm);
		}
		return text(r, "Ärende " + r.number() + " är löst",
				"Ditt ärende " + r.number() + " är löst: " + r.title() + "\n\nLäs lösningen i ärendet. " + confirm);
	}

	/** To the handler: the requester wrote in the request. */
	static Text requesterAnswered(About r) {
		if (r.confidential()) {
			return secret(r, "Beställaren har svarat i sekretessärende " + r.number(),
					"har fått svar från beställaren");
		}
		return text(r, "Beställaren har svarat i ärende " + r.number(),
				"Beställaren har skrivit i ärende " + r.number() + ": " + r.title());
	}

	/** To the handler: the requester reopened a solved request. */
	static Text reopened(About r) {
		if (r.confidential()) {
			return secret(r, "Sekretessärende " + r.number() + " är öppnat igen", "har öppnats igen av beställaren");
		}
		return text(r, "Ärende " + r.number() + " är öppnat igen", "Beställaren har öppnat ärende " + r.number()
				+ " igen: " + r.title() + "\n\nLäs i ärendet vad som saknas.");
	}

	/** To the requester: the handler wrote to them. */
	static Text newMessage(About r) {
		if (r.confidential()) {
			return secret(r, "Nytt meddelande i sekretessärende " + r.number(),
					"har fått ett nytt meddelande till dig");
		}
		return text(r, "Nytt meddelande i ärende " + r.number(),
				"Handläggaren har skrivit till dig i ärende " + r.number() + ": " + r.title());
	}

	/** To a follower: the request they follow is solved. */
	static Text resolvedToFollower(About r) {
		return text(r, "Ärende " + r.number() + " som du följer är löst",
				"Ärende " + r.number() + " som du följer är löst: " + r.title() + "\n\nLäs lösningen i ärendet.");
	}

	/** To a follower: the handler wrote in the request they follow. */
	static Text newMessageToFollower(About r) {
		return text(r, "Nytt meddelande i ärende " + r.number(),
				"Handläggaren har skrivit i ärende " + r.number() + " som du följer: " + r.title());
	}

	/**
	 * To the requester of a merged duplicate: the question lives on in another request,
	 * which they now follow. {@code into} is the request it was merged into, the link
	 * goes there.
	 */
	static Text mergedToRequester(String duplicateNumber, About into) {
		if (into.confidential()) {
			return new Text("Din fråga " + duplicateNumber + " handläggs nu i " + into.number(), "Hej!\n\nDin fråga "
					+ duplicateNumber + " handläggs nu i sekretessärende " + into.number()
					+ ".\n\nAv sekretesskäl står inget mer om ärendet i e-post. Logga in i Helhet och läs det där."
					+ footer(into));
		}
		return text(into, "Din fråga " + duplicateNumber + " handläggs nu i " + into.number(), "Din fråga "
				+ duplicateNumber + " handläggs nu i " + into.number() + ": " + into.title()
				+ "\n\nSamma fråga hade redan kommit in, så handläggaren har samlat allt i ett ärende: "
				+ "det du skrev, bilagorna och svaren finns där. Du följer ärendet och får dess uppdateringar.");
	}

	private static Text secret(About r, String subject, String happened) {
		return new Text(subject,
				"Hej!\n\nEtt sekretessärende (" + r.number() + ") " + happened + "."
						+ "\n\nAv sekretesskäl står inget mer om ärendet i e-post. Logga in i Helhet och läs det där."
						+ footer(r));
	}

	private static Text text(About r, String subject, String body) {
		return new Text(subject, "Hej!\n\n" + body + footer(r));
	}

	private static String footer(About r) {
		return "\n\nÖppna ärendet:\n" + r.link()
				+ "\n\nDet här mejlet skickas automatiskt av Helhet. Svara i ärendet, inte på mejlet.\n";
	}

	private static String due(About r) {
		return r.dueAt() == null ? "–" : r.dueAt().atZoneSameInstant(WorkingCalendar.STOCKHOLM).format(DUE);
	}

}
