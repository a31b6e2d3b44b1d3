package se.helhet.routing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitView;
import se.helhet.platform.CurrentUser;
import se.helhet.routing.internal.Coverage;
import se.helhet.routing.internal.CoverageForecast.Cell;
import se.helhet.routing.internal.CoverageForecast.Dependency;
import se.helhet.routing.internal.CoverageForecast.Forecast;
import se.helhet.routing.internal.CoverageForecast.Kind;
import se.helhet.routing.internal.CoverageForecast.Row;
import se.helhet.routing.internal.CoverageForecast.Week;

/**
 * The coverage forecast as JSON, for the function's lead and the administrator only: the
 * single-person dependencies name people and suggest whom to train, which is the lead's
 * planning, not the team's.
 */
@RestController
@RequestMapping("/api/v1/coverage")
@Tag(name = "Täckning", description = "Prognos av kompetenstäckning per vecka och personberoende")
class CoverageApiController {

	private final Organisation organisation;

	private final Coverage coverage;

	CoverageApiController(Organisation organisation, Coverage coverage) {
		this.organisation = organisation;
		this.coverage = coverage;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Täckningsprognos",
			description = "För varje kompetens och tjänst i funktionen: hur många kvalificerade (kompetensen på nivå 1–3, "
					+ "chefen oräknad) som är tillgängliga varje vecka, dvs. på plats minst halva veckans svenska arbetsdagar "
					+ "med hänsyn till frånvaro (del av dag räknas med sin andel). Färre än 2 är sårbart (vulnerable: "
					+ "veckornas index). singlePersonDependencies: kompetenser och tjänster som bara en person kan, med "
					+ "förslag på vem som kan utbildas. weeks 1–26 (standard 12); from ÅÅÅÅ-MM-DD, en dag i första veckan "
					+ "(standard denna vecka); functionId standard den egna funktionen. Funktionschefen ser sin egen "
					+ "funktion, administratören alla.")
	CoverageJson coverage(@RequestParam(required = false) String weeks, @RequestParam(required = false) UUID functionId,
			@RequestParam(required = false) String from, CurrentUser user) {
		int count = CoverageRequest.weeks("weeks", weeks);
		LocalDate start = CoverageRequest.from("from", from);
		UnitView function = LeadFunction.of(organisation, functionId, user);
		return CoverageJson.of(function, coverage.of(function.id(), start, count));
	}

	/** The forecast as the API shows it. */
	record CoverageJson(FunctionJson function, LocalDate from, LocalDate to, int vulnerableBelow, List<WeekJson> weeks,
			List<RowJson> competences, List<RowJson> services, List<DependencyJson> singlePersonDependencies,
			List<DependencyJson> singleExpertCompetences) {

		static CoverageJson of(UnitView function, Forecast forecast) {
			return new CoverageJson(new FunctionJson(function.id(), function.name(), function.shortName()),
					forecast.from(), forecast.to(), se.helhet.routing.internal.CoverageForecast.VULNERABLE_BELOW,
					forecast.weeks().stream().map(WeekJson::of).toList(),
					forecast.competences().stream().map(RowJson::of).toList(),
					forecast.services().stream().map(RowJson::of).toList(),
					forecast.dependencies().stream().map(DependencyJson::of).toList(),
					forecast.singleExperts().stream().map(DependencyJson::of).toList());
		}

	}

	record FunctionJson(UUID id, String name, String shortName) {
	}

	/** An ISO week, e.g. "2027-W27", Monday to Sunday. */
	record WeekJson(String week, LocalDate from, LocalDate to, int workingDays) {

		static WeekJson of(Week week) {
			return new WeekJson(week.iso(), week.monday(), week.sunday(), week.workingDays());
		}

	}

	/**
	 * A competence or service: qualified at all, available per week (counts), of them at
	 * expert level (experts, competences only), and the vulnerable and single-person
	 * weeks by index.
	 */
	record RowJson(UUID id, String name, UUID competenceId, int qualified, List<Integer> counts, List<Integer> experts,
			List<Integer> vulnerable, List<Integer> singlePerson) {

		static RowJson of(Row row) {
			List<Integer> single = new java.util.ArrayList<>();
			for (int i = 0; i < row.cells().size(); i++) {
				if (row.cells().get(i).singlePerson()) {
					single.add(i);
				}
			}
			return new RowJson(row.id(), row.name().sv(), row.competenceId(), row.qualified(),
					row.cells().stream().map(Cell::available).toList(),
					row.cells().stream().map(Cell::experts).toList(), row.vulnerableWeeks(), single);
		}

	}

	record PersonJson(UUID id, String name) {

		static PersonJson of(StaffView staff) {
			return new PersonJson(staff.id(), staff.fullName());
		}

	}

	/**
	 * Someone who could be trained: their level now, and what they share with the one.
	 */
	record SuggestionJson(UUID id, String name, int level, List<String> sharedCompetences) {
	}

	/** A competence or service only one person can handle, and whom to train. */
	record DependencyJson(Kind kind, UUID id, String name, UUID competenceId, PersonJson onlyPerson, int level,
			List<SuggestionJson> suggestions) {

		static DependencyJson of(Dependency dependency) {
			return new DependencyJson(dependency.kind(), dependency.id(), dependency.name().sv(),
					dependency.competence() == null ? null : dependency.competence().id(),
					PersonJson.of(dependency.onlyPerson()), dependency.level(),
					dependency.suggestions()
						.stream()
						.map(s -> new SuggestionJson(s.staff().id(), s.staff().fullName(), s.level(), s.shared()))
						.toList());
		}

	}

}
