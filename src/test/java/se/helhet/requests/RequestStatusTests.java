package se.helhet.requests;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static se.helhet.requests.RequestStatus.LOST;
import static se.helhet.requests.RequestStatus.NY;
import static se.helhet.requests.RequestStatus.PAGAR;
import static se.helhet.requests.RequestStatus.STANGD;
import static se.helhet.requests.RequestStatus.TILLDELAD;
import static se.helhet.requests.RequestStatus.VANTAR;

/**
 * The lifecycle Ny → Tilldelad → Pågår → Väntar på beställare → Löst → Stängd, as a
 * handler may move a request along it.
 */
class RequestStatusTests {

	@Test
	void theStatusNamesArePartOfTheApiAndDoNotChange() {
		assertThat(RequestStatus.values()).extracting(Enum::name)
			.containsExactly("NY", "TILLDELAD", "PAGAR", "VANTAR", "LOST", "STANGD");
	}

	@Test
	void aNewRequestCanBeAssignedStartedOrResolvedAtOnce() {
		assertThat(NY.handlerTransitions()).containsExactlyInAnyOrder(TILLDELAD, PAGAR, LOST);
	}

	@Test
	void anAssignedRequestCanBeStartedPutOnHoldOrResolved() {
		assertThat(TILLDELAD.handlerTransitions()).containsExactlyInAnyOrder(PAGAR, VANTAR, LOST);
	}

	@Test
	void aRequestInProgressCanWaitForTheRequesterOrBeResolved() {
		assertThat(PAGAR.handlerTransitions()).containsExactlyInAnyOrder(VANTAR, LOST);
	}

	@Test
	void aWaitingRequestCanBeResumedOrResolved() {
		assertThat(VANTAR.handlerTransitions()).containsExactlyInAnyOrder(PAGAR, LOST);
	}

	@Test
	void aResolvedRequestCanBeResumedOrClosed() {
		assertThat(LOST.handlerTransitions()).containsExactlyInAnyOrder(PAGAR, STANGD);
	}

	@Test
	void aClosedRequestIsFinalForTheHandler() {
		assertThat(STANGD.handlerTransitions()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(RequestStatus.class)
	void noTransitionLeadsBackToNewOrToTheSameStatus(RequestStatus status) {
		assertThat(status.handlerTransitions()).doesNotContain(NY, status);
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "NY", "TILLDELAD", "PAGAR", "VANTAR" })
	void everyOpenRequestCanBeResolvedButNotClosedWithoutBeingResolved(RequestStatus status) {
		assertThat(status.open()).isTrue();
		assertThat(status.handlerTransitions()).contains(LOST).doesNotContain(STANGD);
	}

	@Test
	void onlyResolvedAndClosedAreNotOpen() {
		assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(s -> !s.open())).containsExactlyInAnyOrder(LOST,
				STANGD);
	}

	@Test
	void everyStatusCanBeReachedFromNew() {
		Set<RequestStatus> reached = EnumSet.of(NY);
		Deque<RequestStatus> next = new ArrayDeque<>(reached);
		while (!next.isEmpty()) {
			for (RequestStatus s : next.pop().handlerTransitions()) {
				if (reached.add(s)) {
					next.add(s);
				}
			}
		}

		assertThat(reached).containsExactlyInAnyOrder(RequestStatus.values());
	}

	@Test
	void handlerTransitionsCannotBeChangedByTheCaller() {
		Set<RequestStatus> transitions = NY.handlerTransitions();
		transitions.clear();

		assertThat(NY.handlerTransitions()).isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(RequestStatus.class)
	void everyStatusHasAMessageKey(RequestStatus status) {
		assertThat(status.labelKey()).isEqualTo("status." + status.name());
	}

}
