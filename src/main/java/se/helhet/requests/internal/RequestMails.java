package se.helhet.requests.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.platform.Mailer;
import se.helhet.requests.RequestEvents.RequestAssigned;
import se.helhet.requests.RequestEvents.RequestMerged;
import se.helhet.requests.RequestEvents.RequestsHandedOver;
import se.helhet.requests.RequestEvents.RequestCommented;
import se.helhet.requests.RequestEvents.RequestStatusChanged;
import se.helhet.requests.RequestStatus;
import se.helhet.requests.internal.RequestMailTexts.About;
import se.helhet.requests.internal.RequestMailTexts.Text;

/**
 * E-mails the people a change concerns, the same people the in-app notifications go to. A
 * new request's mails are written with the request (see {@link #filed}); the others are
 * written after the change has committed, in its own transaction on its own thread, so a
 * slow or broken mail server never holds up or undoes the change; the event publication
 * registry keeps an event whose mail could not be written. Nobody is mailed about what
 * they did themselves, except the requester's receipt.
 */
@Component
class RequestMails {

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final Organisation organisation;

	private final String baseUrl;

	private final int reopenDays;

	RequestMails(JdbcClient jdbc, Mailer mailer, Organisation organisation,
			@Value("${helhet.base-url:http://localhost:8080}") String baseUrl,
			@Value("${helhet.requests.reopen-days:14}") int reopenDays) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.organisation = organisation;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.reopenDays = reopenDays;
	}

	/**
	 * The receipt to the requester and the notice to the handler of a request just filed.
	 * Called inside the intake's own transaction, not after it from an event: the two
	 * mails are then written to the outbox with the request (the outbox sends them only
	 * after the commit), and an intake costs no event publication, no second transaction
	 * and no read of the request it has just written.
	 */
	void filed(About about, String requester, String handlerUsername, String assigneeName, String assignmentReason) {
		send(requester, RequestMailTexts.registered(about, assigneeName));
		if (handlerUsername != null && !handlerUsername.equals(requester)) {
			send(handlerUsername, RequestMailTexts.assignedToHandler(about, assignmentReason));
		}
	}

	String link(UUID requestId) {
		return baseUrl + "/arenden/" + requestId;
	}

	@ApplicationModuleListener
	public void on(RequestsHandedOver event) {
		event.handovers().forEach(this::on);
	}

	@ApplicationModuleListener
	public void on(RequestAssigned event) {
		if (event.staffId() == null) {
			return;
		}
		Optional<StaffView> staff = organisation.staffMember(event.staffId());
		request(event.requestId()).ifPresent(r -> {
			staff.map(StaffView::username)
				.filter(handler -> !handler.equals(event.assignedBy()))
				.ifPresent(handler -> send(handler, RequestMailTexts.assignedToHandler(r.about(), event.reason())));
			if (!r.requester().equals(event.assignedBy())) {
				String name = staff.map(StaffView::fullName).orElse(r.assigneeName());
				send(r.requester(), RequestMailTexts.assignedToRequester(r.about(), name));
			}
		});
	}

	@ApplicationModuleListener
	public void on(RequestStatusChanged event) {
		request(event.requestId()).ifPresent(r -> {
			boolean byRequester = r.requester().equals(event.changedBy());
			if (event.to() == RequestStatus.VANTAR && !byRequester) {
				send(r.requester(), RequestMailTexts.waitingForRequester(r.about()));
			}
			else if (event.to() == RequestStatus.LOST && !byRequester) {
				send(r.requester(), RequestMailTexts.resolved(r.about(), reopenDays));
				if (!r.about().confidential()) {
					followers(event.requestId(), event.changedBy())
						.forEach(f -> send(f, RequestMailTexts.resolvedToFollower(r.about())));
				}
			}
			else if (event.to() == RequestStatus.PAGAR && byRequester
					&& (event.from() == RequestStatus.LOST || event.from() == RequestStatus.STANGD)) {
				send(r.assignee(), RequestMailTexts.reopened(r.about()));
			}
			// The requester's answer to a waiting request is mailed as the comment it is
		});
	}

	@ApplicationModuleListener
	public void on(RequestCommented event) {
		if (event.internal()) {
			return;
		}
		request(event.requestId()).ifPresent(r -> {
			if (r.requester().equals(event.authorUsername())) {
				if (r.assignee() != null && !r.assignee().equals(event.authorUsername())) {
					send(r.assignee(), RequestMailTexts.requesterAnswered(r.about()));
				}
			}
			else {
				send(r.requester(), RequestMailTexts.newMessage(r.about()));
				if (!r.about().confidential()) {
					followers(event.requestId(), event.authorUsername())
						.forEach(f -> send(f, RequestMailTexts.newMessageToFollower(r.about())));
				}
			}
		});
	}

	@ApplicationModuleListener
	public void on(RequestMerged event) {
		request(event.intoId()).ifPresent(into -> jdbc.sql("select requester_username from req_request where id = ?")
			.param(event.duplicateId())
			.query(String.class)
			.optional()
			.ifPresent(requester -> send(requester,
					RequestMailTexts.mergedToRequester(event.duplicateNumber(), into.about()))));
	}

	/** The followers of an ordinary request, except who did it. */
	private java.util.List<String> followers(UUID requestId, String except) {
		return jdbc.sql("select username from req_follower where request_id = ?")
			.param(requestId)
			.query(String.class)
			.list()
			.stream()
			.filter(f -> !f.equals(except))
			.toList();
	}

	private void send(String username, Text text) {
		if (username != null) {
			mailer.sendToAccount(username, text.subject(), text.body());
		}
	}

	private Optional<Request> request(UUID id) {
		return jdbc.sql("""
				select number, confidential, title, service_name, forvaltning_name, due_at, requester_username,
				 assignee_username, assignee_name from req_request where id = ?""")
			.param(id)
			.query((rs, n) -> new Request(
					new About(rs.getString("number"), rs.getBoolean("confidential"), rs.getString("title"),
							rs.getString("service_name"), rs.getString("forvaltning_name"),
							rs.getObject("due_at", OffsetDateTime.class), baseUrl + "/arenden/" + id),
					rs.getString("requester_username"), rs.getString("assignee_username"),
					rs.getString("assignee_name")))
			.optional();
	}

	/** The request as it is now, with the people the mails go to. */
	private record Request(About about, String requester, String assignee, String assigneeName) {
	}

}
