package se.helhet.requests.internal;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.helhet.requests.RequestStatus;
import se.helhet.requests.internal.MergeRules.Side;

import static org.assertj.core.api.Assertions.assertThat;

class MergeRulesTests {

	private static final UUID HR = UUID.randomUUID();

	private static final UUID EK = UUID.randomUUID();

	private static Side side(UUID function, boolean confidential, RequestStatus status, boolean merged,
			String requester) {
		return new Side("HR 2026/00001", function, confidential, status, merged, requester);
	}

	@Test
	void anOrdinaryDuplicateMergesIntoAnOpenOrSolvedRequestOfTheSameFunction() {
		assertThat(MergeRules.problem(side(HR, false, RequestStatus.NY, false, "a"),
				side(HR, false, RequestStatus.PAGAR, false, "b")))
			.isNull();
		assertThat(MergeRules.problem(side(HR, false, RequestStatus.NY, false, "a"),
				side(HR, false, RequestStatus.LOST, false, "b")))
			.isNull();
	}

	@Test
	void anotherFunctionAClosedOrMergedTargetIsRefused() {
		Side duplicate = side(HR, false, RequestStatus.NY, false, "a");
		assertThat(MergeRules.problem(duplicate, side(EK, false, RequestStatus.NY, false, "b")).sv())
			.contains("samma funktion");
		assertThat(MergeRules.problem(duplicate, side(HR, false, RequestStatus.STANGD, false, "b")).sv())
			.contains("är stängt");
		assertThat(MergeRules.problem(duplicate, side(HR, false, RequestStatus.STANGD, true, "b")).sv())
			.contains("redan sammanfogat");
	}

	@Test
	void confidentialContentNeverMovesWhereMorePeopleSeeIt() {
		assertThat(MergeRules
			.problem(side(HR, true, RequestStatus.NY, false, "a"), side(HR, false, RequestStatus.NY, false, "a"))
			.sv()).contains("sekretessärende");
		assertThat(MergeRules
			.problem(side(HR, false, RequestStatus.NY, false, "a"), side(HR, true, RequestStatus.NY, false, "b"))
			.sv()).as("the duplicate's requester could not see the target").contains("inte får se");
		assertThat(MergeRules.problem(side(HR, false, RequestStatus.NY, false, "a"),
				side(HR, true, RequestStatus.NY, false, "a")))
			.as("the same requester sees both")
			.isNull();
		assertThat(MergeRules.problem(side(HR, true, RequestStatus.NY, false, "a"),
				side(HR, true, RequestStatus.NY, false, "b")))
			.isNull();
	}

}
