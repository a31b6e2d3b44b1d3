package se.helhet.routing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One open request of the function and who handles it in a proposal: the solver changes
 * only {@link #handler()}. Null is the function's queue. No title or content: a
 * confidential request is only its number here.
 */
@PlanningEntity
public class RebalanceAssignment {

	@PlanningId
	private UUID requestId;

	private String number;

	private UUID competenceId;

	private boolean confidential;

	private UUID forvaltningId;

	private OffsetDateTime dueAt;

	private LocalDate dueDay;

	private boolean dueSoon;

	private UUID currentStaffId;

	private UUID contactStaffId;

	private Set<UUID> requesterHandlers;

	private Set<UUID> forvaltningHandlers;

	private RebalanceSettings settings;

	@PlanningVariable(allowsUnassigned = true)
	private RebalanceStaff handler;

	RebalanceAssignment() {
	}

	/**
	 * @param dueSoon due within two days (or overdue)
	 * @param currentStaffId the handler it has now, null in the queue
	 * @param contactStaffId the förvaltning's named contact in the function, may be null
	 * @param requesterHandlers who handled the requester's recent requests
	 * @param forvaltningHandlers who handled the förvaltning's recent requests
	 */
	RebalanceAssignment(UUID requestId, String number, UUID competenceId, boolean confidential, UUID forvaltningId,
			OffsetDateTime dueAt, LocalDate dueDay, boolean dueSoon, UUID currentStaffId, UUID contactStaffId,
			Set<UUID> requesterHandlers, Set<UUID> forvaltningHandlers, RebalanceSettings settings,
			RebalanceStaff handler) {
		this.requestId = requestId;
		this.number = number;
		this.competenceId = competenceId;
		this.confidential = confidential;
		this.forvaltningId = forvaltningId;
		this.dueAt = dueAt;
		this.dueDay = dueDay;
		this.dueSoon = dueSoon;
		this.currentStaffId = currentStaffId;
		this.contactStaffId = contactStaffId;
		this.requesterHandlers = Set.copyOf(requesterHandlers);
		this.forvaltningHandlers = Set.copyOf(forvaltningHandlers);
		this.settings = settings;
		this.handler = handler;
	}

	public UUID getRequestId() {
		return requestId;
	}

	public String number() {
		return number;
	}

	UUID competenceId() {
		return competenceId;
	}

	boolean confidential() {
		return confidential;
	}

	UUID forvaltningId() {
		return forvaltningId;
	}

	public OffsetDateTime dueAt() {
		return dueAt;
	}

	LocalDate dueDay() {
		return dueDay;
	}

	boolean dueSoon() {
		return dueSoon;
	}

	public UUID currentStaffId() {
		return currentStaffId;
	}

	UUID contactStaffId() {
		return contactStaffId;
	}

	RebalanceSettings settings() {
		return settings;
	}

	public RebalanceStaff getHandler() {
		return handler;
	}

	public void setHandler(RebalanceStaff handler) {
		this.handler = handler;
	}

	/** The proposed handler's id, null for the queue. */
	public UUID handlerId() {
		return handler == null ? null : handler.getId();
	}

	/** Whether the proposal gives it to someone else than today. */
	public boolean moved() {
		return !java.util.Objects.equals(currentStaffId, handlerId());
	}

	// ---- facts the rules read, about the proposed handler

	boolean handlerQualified() {
		return competenceId == null || handler.level(competenceId) >= 1;
	}

	boolean handlerIsContact() {
		return handler.getId().equals(contactStaffId);
	}

	boolean handlerHandledRequester() {
		return requesterHandlers.contains(handler.getId());
	}

	boolean handlerHandledForvaltning() {
		return forvaltningHandlers.contains(handler.getId());
	}

	/** Given to someone else than the handler who has it now (not from the queue). */
	boolean movedFromAHandler() {
		return currentStaffId != null && !currentStaffId.equals(handlerId());
	}

	Set<UUID> requesterHandlersForCopy() {
		return requesterHandlers;
	}

	Set<UUID> forvaltningHandlersForCopy() {
		return forvaltningHandlers;
	}

	@Override
	public String toString() {
		return number + " → " + handler;
	}

}
