package se.helhet.requests.internal;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.helhet.platform.Role;
import se.helhet.requests.internal.RequestVisibility.Facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Who may see a request, for every kind of account, on a small fixture: the HR, Ekonomi
 * and Kommunikation functions, Utbildningsförvaltningen (where the requester works) and
 * Omsorgsförvaltningen.
 */
class RequestVisibilityTests {

	private static final UUID HR = id("HR");

	private static final UUID EK = id("EK");

	private static final UUID KOM = id("KOM");

	private static final UUID KLF = id("Kommunledningsförvaltningen");

	private static final UUID UBF = id("Utbildningsförvaltningen");

	private static final UUID OMF = id("Omsorgsförvaltningen");

	private static final UUID REHABILITERING = id("Rehabilitering");

	private static final UUID LON = id("Lön och ersättningar");

	private static final UUID BUDGET = id("Budget och prognos");

	private static final UUID ASSIGNEE_STAFF = id("staff:assignee");

	// The accounts

	static final Viewer REQUESTER = person("bestallare", UBF, Role.REQUESTER);

	static final Viewer OTHER_REQUESTER = person("annan.rektor", UBF, Role.REQUESTER);

	static final Viewer HR_LEAD = staff("hr-chef", HR, Set.of(id("Förhandling")), Role.HANDLER, Role.FUNCTION_LEAD);

	static final Viewer HR_LEAD_WITHOUT_STAFF_RECORD = new Viewer("hr-chef2", "HR-chef", Set.of(Role.FUNCTION_LEAD), HR,
			null, Set.of(), KLF);

	static final Viewer HR_HANDLER_WITH_COMPETENCE = staff("rehab.samordnare", HR, Set.of(REHABILITERING, LON),
			Role.HANDLER);

	static final Viewer HR_HANDLER_WITHOUT_COMPETENCE = staff("lone.specialist", HR, Set.of(LON), Role.HANDLER);

	static final Viewer HR_ASSIGNEE_WITHOUT_COMPETENCE = new Viewer("handlaggare", "Handläggare", Set.of(Role.HANDLER),
			HR, ASSIGNEE_STAFF, Set.of(LON), KLF);

	static final Viewer EK_HANDLER_WITH_SAME_COMPETENCE_ID = staff("controller", EK, Set.of(REHABILITERING, BUDGET),
			Role.HANDLER);

	static final Viewer EK_LEAD = staff("ekonomichef", EK, Set.of(BUDGET), Role.HANDLER, Role.FUNCTION_LEAD);

	static final Viewer KOM_EDITOR = staff("redaktor", KOM, Set.of(), Role.HANDLER, Role.EDITOR);

	static final Viewer FORVALTNINGSCHEF_SAME = person("forvaltningschef", UBF, Role.ADMINISTRATION_LEAD,
			Role.REQUESTER);

	static final Viewer FORVALTNINGSCHEF_OTHER = person("omsorgschef", OMF, Role.ADMINISTRATION_LEAD, Role.REQUESTER);

	static final Viewer KOMMUNDIREKTOR = person("kommundirektor", KLF, Role.GROUP_LEAD, Role.REQUESTER);

	static final Viewer ADMIN = person("admin", KLF, Role.ADMIN);

	static final Viewer FACKLIG = person("facklig", OMF, Role.UNION_REP, Role.REQUESTER);

	static final Viewer FOLLOWER = person("foljare", OMF, Role.REQUESTER);

	/** A confidential rehabilitation request from bestallare, assigned. */
	static Facts confidential(Viewer viewer) {
		return new Facts("bestallare", HR, true, ASSIGNEE_STAFF, REHABILITERING, UBF,
				viewer.username().equals(FOLLOWER.username()));
	}

	/** An ordinary HR request from bestallare, assigned. */
	static Facts ordinary(Viewer viewer) {
		return new Facts("bestallare", HR, false, ASSIGNEE_STAFF, LON, UBF,
				viewer.username().equals(FOLLOWER.username()));
	}

	static Stream<Arguments> confidentialVisibility() {
		return Stream.of(argumentSet("the requester", REQUESTER, true), argumentSet("the function lead", HR_LEAD, true),
				argumentSet("the function lead without a staff record", HR_LEAD_WITHOUT_STAFF_RECORD, true),
				argumentSet("the assignee, even without the competence", HR_ASSIGNEE_WITHOUT_COMPETENCE, true),
				argumentSet("a handler of the function with the competence", HR_HANDLER_WITH_COMPETENCE, true),
				argumentSet("a handler of the function without the competence", HR_HANDLER_WITHOUT_COMPETENCE, false),
				argumentSet("another function's handler, even with a competence of the same id",
						EK_HANDLER_WITH_SAME_COMPETENCE_ID, false),
				argumentSet("another function's lead", EK_LEAD, false),
				argumentSet("a Kommunikation handler and editor", KOM_EDITOR, false),
				argumentSet("the förvaltningschef of the requester's förvaltning", FORVALTNINGSCHEF_SAME, false),
				argumentSet("another förvaltningschef", FORVALTNINGSCHEF_OTHER, false),
				argumentSet("the kommundirektör", KOMMUNDIREKTOR, false),
				argumentSet("the administrator", ADMIN, false), argumentSet("the union representative", FACKLIG, false),
				argumentSet("another requester in the same unit", OTHER_REQUESTER, false),
				argumentSet("a follower", FOLLOWER, false));
	}

	static Stream<Arguments> ordinaryVisibility() {
		return Stream.of(argumentSet("the requester", REQUESTER, true), argumentSet("the function lead", HR_LEAD, true),
				argumentSet("the assignee", HR_ASSIGNEE_WITHOUT_COMPETENCE, true),
				argumentSet("a handler of the function", HR_HANDLER_WITHOUT_COMPETENCE, true),
				argumentSet("another function's handler", EK_HANDLER_WITH_SAME_COMPETENCE_ID, true),
				argumentSet("another function's lead", EK_LEAD, true),
				argumentSet("a Kommunikation handler and editor", KOM_EDITOR, true),
				argumentSet("the kommundirektör", KOMMUNDIREKTOR, true),
				argumentSet("the förvaltningschef of the requester's förvaltning", FORVALTNINGSCHEF_SAME, true),
				argumentSet("another förvaltningschef", FORVALTNINGSCHEF_OTHER, false),
				argumentSet("a follower", FOLLOWER, true), argumentSet("the administrator", ADMIN, false),
				argumentSet("the union representative", FACKLIG, false),
				argumentSet("another requester in the same unit", OTHER_REQUESTER, false));
	}

	@ParameterizedTest
	@MethodSource("confidentialVisibility")
	void confidentialRequestIsVisibleOnlyToRequesterLeadAssigneeAndCompetentHandlers(Viewer viewer, boolean visible) {
		assertThat(RequestVisibility.canSee(confidential(viewer), viewer)).isEqualTo(visible);
	}

	@ParameterizedTest
	@MethodSource("ordinaryVisibility")
	void ordinaryRequestIsAlsoVisibleToCentralStaffGroupLeadOwnForvaltningschefAndFollowers(Viewer viewer,
			boolean visible) {
		assertThat(RequestVisibility.canSee(ordinary(viewer), viewer)).isEqualTo(visible);
	}

	@Test
	void confidentialRequestWithoutARequiredCompetenceIsVisibleToEveryHandlerOfTheFunction() {
		Facts noCompetence = new Facts("bestallare", HR, true, null, null, UBF, false);

		assertThat(RequestVisibility.canSee(noCompetence, HR_HANDLER_WITHOUT_COMPETENCE)).isTrue();
		assertThat(RequestVisibility.canSee(noCompetence, EK_HANDLER_WITH_SAME_COMPETENCE_ID)).isFalse();
		assertThat(RequestVisibility.canSee(noCompetence, KOMMUNDIREKTOR)).isFalse();
	}

	@Test
	void unassignedConfidentialRequestIsNotVisibleToAHandlerWithoutCompetence() {
		Facts unassigned = new Facts("bestallare", HR, true, null, REHABILITERING, UBF, false);

		assertThat(RequestVisibility.canSee(unassigned, HR_ASSIGNEE_WITHOUT_COMPETENCE)).isFalse();
		assertThat(RequestVisibility.canSee(unassigned, HR_HANDLER_WITH_COMPETENCE)).isTrue();
		assertThat(RequestVisibility.canSee(unassigned, HR_LEAD)).isTrue();
	}

	@Test
	void aHandlerWhoFilesAConfidentialRequestOfAnotherFunctionSeesItAsItsRequester() {
		Facts filedByController = new Facts("controller", HR, true, null, REHABILITERING, KLF, false);

		assertThat(RequestVisibility.canSee(filedByController, EK_HANDLER_WITH_SAME_COMPETENCE_ID)).isTrue();
		assertThat(RequestVisibility.canHandle(filedByController, EK_HANDLER_WITH_SAME_COMPETENCE_ID)).isFalse();
	}

	@Test
	void onlyTheOwningFunctionsStaffWhoMaySeeItHandleAConfidentialRequest() {
		assertThat(RequestVisibility.canHandle(confidential(HR_LEAD), HR_LEAD)).isTrue();
		assertThat(RequestVisibility.canHandle(confidential(HR_ASSIGNEE_WITHOUT_COMPETENCE),
				HR_ASSIGNEE_WITHOUT_COMPETENCE))
			.isTrue();
		assertThat(RequestVisibility.canHandle(confidential(HR_HANDLER_WITH_COMPETENCE), HR_HANDLER_WITH_COMPETENCE))
			.isTrue();
		assertThat(
				RequestVisibility.canHandle(confidential(HR_HANDLER_WITHOUT_COMPETENCE), HR_HANDLER_WITHOUT_COMPETENCE))
			.isFalse();
		assertThat(RequestVisibility.canHandle(confidential(REQUESTER), REQUESTER)).isFalse();
	}

	@Test
	void onlyTheOwningFunctionsStaffHandleAnOrdinaryRequest() {
		assertThat(RequestVisibility.canHandle(ordinary(HR_HANDLER_WITHOUT_COMPETENCE), HR_HANDLER_WITHOUT_COMPETENCE))
			.isTrue();
		assertThat(RequestVisibility.canHandle(ordinary(HR_LEAD), HR_LEAD)).isTrue();
		assertThat(RequestVisibility.canHandle(ordinary(EK_LEAD), EK_LEAD)).isFalse();
		assertThat(RequestVisibility.canHandle(ordinary(EK_HANDLER_WITH_SAME_COMPETENCE_ID),
				EK_HANDLER_WITH_SAME_COMPETENCE_ID))
			.isFalse();
		assertThat(RequestVisibility.canHandle(ordinary(KOMMUNDIREKTOR), KOMMUNDIREKTOR)).isFalse();
		assertThat(RequestVisibility.canHandle(ordinary(FORVALTNINGSCHEF_SAME), FORVALTNINGSCHEF_SAME)).isFalse();
		assertThat(RequestVisibility.canHandle(ordinary(REQUESTER), REQUESTER)).isFalse();
	}

	@Test
	void sqlConditionHasOneParameterForEveryPlaceholder() {
		for (Viewer viewer : Set.of(REQUESTER, HR_LEAD, HR_LEAD_WITHOUT_STAFF_RECORD, HR_HANDLER_WITH_COMPETENCE,
				HR_ASSIGNEE_WITHOUT_COMPETENCE, EK_LEAD, KOM_EDITOR, FORVALTNINGSCHEF_SAME, KOMMUNDIREKTOR, ADMIN,
				FACKLIG)) {
			RequestVisibility.Condition condition = RequestVisibility.sql(viewer);

			assertThat(condition.sql().chars().filter(c -> c == '?').count()).as(viewer.username())
				.isEqualTo(condition.params().size());
			assertThat(condition.params()).as(viewer.username()).doesNotContainNull();
		}
	}

	private static Viewer person(String username, UUID forvaltning, Role... roles) {
		return new Viewer(username, username, Set.of(roles), null, null, Set.of(), forvaltning);
	}

	private static Viewer staff(String username, UUID function, Set<UUID> competences, Role... roles) {
		return new Viewer(username, username, Set.of(roles), function, id("staff:" + username), competences, KLF);
	}

	private static UUID id(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
