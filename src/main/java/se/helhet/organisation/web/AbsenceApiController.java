package se.helhet.organisation.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.annotation.JsonInclude;

import se.helhet.organisation.AbsenceCover.HandedOver;
import se.helhet.organisation.AbsenceImportException;
import se.helhet.organisation.AbsenceRegistration;
import se.helhet.organisation.AbsenceKind;
import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.Organisation.AbsenceQuery;
import se.helhet.organisation.Organisation.SaveAbsence;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.internal.AbsenceService;
import se.helhet.organisation.internal.OrganisationService;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.ETags;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.platform.ValidationException;

/**
 * Absences as JSON. The central functions' staff see their own function's absences and
 * register their own; the function's lead and the administrator register anyone's in the
 * function and import the HR system's CSV.
 */
@RestController
@RequestMapping("/api/v1/absences")
@Tag(name = "Frånvaro", description = "Semester, sjukdom, VAB, tjänstledighet, utbildning och föräldraledighet")
class AbsenceApiController {

	private final OrganisationService organisation;

	AbsenceApiController(OrganisationService organisation) {
		this.organisation = organisation;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Frånvaro",
			description = "Filtrera på staffId, functionId och en period (from, to: ÅÅÅÅ-MM-DD) som frånvaron överlappar. "
					+ "Medarbetare ser sin egen funktion; administratören alla.")
	List<AbsenceJson> list(@RequestParam(required = false) UUID staffId,
			@RequestParam(required = false) UUID functionId, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, CurrentUser user) {
		UUID function = functionId;
		if (staffId != null) {
			StaffView staff = organisation.staffMember(staffId)
				.orElseThrow(() -> new NotFoundException("Medarbetaren finns inte."));
			requireSee(staff.functionId(), user);
		}
		else if (functionId != null) {
			requireSee(functionId, user);
		}
		else if (!user.has(Role.ADMIN)) {
			function = user.unitId();
			requireSee(function, user);
		}
		return organisation.absences(new AbsenceQuery(staffId, function, from, to))
			.stream()
			.map(a -> AbsenceJson.of(a, mayReadNote(a, user)))
			.toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "En frånvaro", description = "Med ETag för ändring och borttagning.")
	ResponseEntity<AbsenceJson> one(@PathVariable UUID id, CurrentUser user) {
		AbsenceView absence = visible(id, user);
		return ResponseEntity.ok()
			.eTag(ETags.of(absence.version()))
			.body(AbsenceJson.of(absence, mayReadNote(absence, user)));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Registrera frånvaro",
			description = "Utan staffId gäller frånvaron den inloggade. type är SEMESTER, SJUKDOM, VAB, TJANSTLEDIGHET, "
					+ "UTBILDNING eller FORALDRALEDIGHET; partDayPercent 1–99 för del av dag, annars hela dagar. "
					+ "Svaret listar i handedOver de ärenden som lämnades över till kollegor (to) eller till "
					+ "funktionens kö (to saknas) för att de förfaller under frånvaron.")
	ResponseEntity<AbsenceJson> create(@RequestBody AbsenceRequest request, CurrentUser user) {
		AbsenceRegistration registered = organisation.registerAbsence(request.toCommand(user.staffId(), null), user);
		AbsenceView absence = organisation.absence(registered.absenceId()).orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/absences/" + absence.id()))
			.eTag(ETags.of(absence.version()))
			.body(AbsenceJson.of(absence, true, registered));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Ändra frånvaro",
			description = "Skicka If-Match med frånvarons ETag; en ändring på en gammal version ger 412.")
	ResponseEntity<AbsenceJson> update(@PathVariable UUID id, @RequestBody AbsenceRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
		AbsenceView existing = visible(id, user);
		AbsenceRegistration changed = organisation.updateAbsence(id,
				request.toCommand(existing.staffId(), ETags.version(ifMatch, "frånvarons")), user);
		AbsenceView absence = organisation.absence(id).orElseThrow();
		return ResponseEntity.ok().eTag(ETags.of(absence.version())).body(AbsenceJson.of(absence, true, changed));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Ta bort frånvaro",
			description = "Skicka If-Match med frånvarons ETag; en borttagning av en gammal version ger 412.")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
		visible(id, user);
		organisation.deleteAbsence(id, ETags.version(ifMatch, "frånvarons"), user);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/import")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Importera frånvaro från HR-systemet (CSV)",
			description = "Skicka filen som text/csv: rubrikraden anstalld;typ;fran;till;andel (andel och anteckning "
					+ "får saknas), ; eller , som avgränsare. Alla rader kontrolleras först; vid något fel sparas inget "
					+ "och svaret 400 listar felen per rad.")
	ResponseEntity<ImportJson> importCsv(@RequestBody(required = false) String csv, CurrentUser user) {
		List<AbsenceRegistration> imported = organisation.importAbsences(csv, user);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ImportJson(imported.size(), imported.stream().map(AbsenceRegistration::absenceId).toList(),
					imported.stream().flatMap(r -> r.handedOver().stream()).map(HandedOverJson::of).toList()));
	}

	@ExceptionHandler(AbsenceImportException.class)
	ResponseEntity<ProblemDetail> importRefused(AbsenceImportException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Inget importerades. Rätta raderna nedan och skicka hela filen igen.");
		problem.setTitle("Filen har fel");
		problem.setProperty("rows", ex.rows());
		return ResponseEntity.badRequest()
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private AbsenceView visible(UUID id, CurrentUser user) {
		AbsenceView absence = organisation.absence(id)
			.orElseThrow(() -> new NotFoundException("Frånvaron finns inte."));
		if (!AbsenceService.maySee(absence.functionId(), user)) {
			// another function's absences are not shown at all
			throw new NotFoundException("Frånvaron finns inte.");
		}
		return absence;
	}

	private static void requireSee(UUID functionId, CurrentUser user) {
		if (!AbsenceService.maySee(functionId, user)) {
			throw new AccessDeniedException("Du ser frånvaron i din egen funktion.");
		}
	}

	/** The note may be personal: the person, the lead and the administrator read it. */
	private static boolean mayReadNote(AbsenceView absence, CurrentUser user) {
		return AbsenceService.mayChange(absence.staffId(), absence.functionId(), user);
	}

	/**
	 * An absence as the API shows it; type and kind say the same (type is the name in the
	 * contract, kind the earlier one). handedOver lists the requests handed over when it
	 * was registered or changed, and is absent when reading.
	 */
	record AbsenceJson(UUID id, UUID staffId, String staffName, UUID functionId, AbsenceKind type, AbsenceKind kind,
			LocalDate from, LocalDate to, Integer partDayPercent, String note, String registeredBy,
			OffsetDateTime registeredAt, int version,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<HandedOverJson> handedOver,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean coverPending) {

		static AbsenceJson of(AbsenceView absence, boolean withNote) {
			return of(absence, withNote, null);
		}

		static AbsenceJson of(AbsenceView absence, boolean withNote, AbsenceRegistration registration) {
			AbsenceView a = withNote ? absence : absence.asSeenByColleague();
			return new AbsenceJson(a.id(), a.staffId(), a.staffName(), a.functionId(), a.kind(), a.kind(), a.from(),
					a.to(), a.partDayPercent(), a.note(), a.registeredBy(), a.registeredAt(), a.version(),
					registration == null ? null : registration.handedOver().stream().map(HandedOverJson::of).toList(),
					registration == null ? null : registration.coverPending());
		}

	}

	/**
	 * A request handed over because of the absence: to a colleague, or to the function's
	 * queue (to null) when nobody qualified was available.
	 */
	record HandedOverJson(UUID requestId, String number, Handler to) {

		static HandedOverJson of(HandedOver h) {
			return new HandedOverJson(h.requestId(), h.number(),
					h.toStaffId() == null ? null : new Handler(h.toStaffId(), h.toName()));
		}

	}

	/** A handler, by staff id and name. */
	record Handler(UUID id, String name) {
	}

	/**
	 * What a client sends to register or change an absence; type is the absence's kind
	 * (kind is accepted too, from earlier clients).
	 */
	record AbsenceRequest(UUID staffId, String type, String kind, String from, String to, Integer partDayPercent,
			String note) {

		SaveAbsence toCommand(UUID defaultStaff, Integer version) {
			String given = type != null ? type : kind;
			String field = type != null ? "type" : "kind";
			AbsenceKind absenceKind = AbsenceKind.parse(given).orElse(null);
			if (given != null && absenceKind == null) {
				throw new ValidationException(Map.of(field, field
						+ " ska vara SEMESTER, SJUKDOM, VAB, TJANSTLEDIGHET, UTBILDNING eller FORALDRALEDIGHET."));
			}
			return new SaveAbsence(staffId != null ? staffId : defaultStaff, absenceKind, date("from", from),
					date("to", to), partDayPercent, note, version);
		}

		private static LocalDate date(String field, String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(text.strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new ValidationException(
						Map.of(field, field + " ska vara ett datum ÅÅÅÅ-MM-DD, t.ex. 2026-07-06."));
			}
		}

	}

	/** The result of an import, with the requests handed over because of it. */
	record ImportJson(int imported, List<UUID> ids, List<HandedOverJson> handedOver) {
	}

}
