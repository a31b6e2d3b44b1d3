package se.helhet.organisation.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.organisation.Organisation.SaveUnit;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitKind;
import se.helhet.organisation.UnitView;
import se.helhet.organisation.internal.OrganisationService;
import se.helhet.platform.ETags;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.ValidationException;

/**
 * The organisation as JSON. Anyone logged in may read it; only the administrator may
 * change it.
 */
@RestController
@RequestMapping("/api/v1/organisation")
@Tag(name = "Organisation", description = "Koncernens förvaltningar, bolag, enheter och centrala funktioner")
class OrganisationApiController {

	private final OrganisationService organisation;

	OrganisationApiController(OrganisationService organisation) {
		this.organisation = organisation;
	}

	@GetMapping("/units")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Alla enheter",
			description = "Förvaltningar, bolag, centrala funktioner och enheter, med överordnad enhet.")
	List<UnitJson> units() {
		return organisation.units().stream().map(UnitJson::of).toList();
	}

	@GetMapping("/units/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "En enhet")
	ResponseEntity<UnitJson> unit(@PathVariable UUID id) {
		UnitView unit = organisation.unit(id).orElseThrow(() -> new NotFoundException("Enheten finns inte."));
		return ResponseEntity.ok().eTag(ETags.of(unit.version())).body(UnitJson.of(unit));
	}

	@PostMapping("/units")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Skapa en enhet", description = "Bara för administratören.")
	ResponseEntity<UnitJson> create(@RequestBody UnitRequest request) {
		UUID id = organisation.saveUnit(request.toCommand(null, null));
		UnitView unit = organisation.unit(id).orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/organisation/units/" + id))
			.eTag(ETags.of(unit.version()))
			.body(UnitJson.of(unit));
	}

	@PutMapping("/units/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Ändra en enhet",
			description = "Bara för administratören. Skicka If-Match med enhetens ETag; en ändring på en gammal version ger 412.")
	ResponseEntity<UnitJson> update(@PathVariable UUID id, @RequestBody UnitRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		organisation.unit(id).orElseThrow(() -> new NotFoundException("Enheten finns inte."));
		Integer version = ETags.version(ifMatch, "enhetens");
		UUID saved = organisation.saveUnit(request.toCommand(id, version));
		UnitView unit = organisation.unit(saved).orElseThrow();
		return ResponseEntity.ok().eTag(ETags.of(unit.version())).body(UnitJson.of(unit));
	}

	@GetMapping("/staff")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "De centrala funktionernas medarbetare",
			description = "Med yrke, kompetenser och veckokapacitet.")
	List<StaffJson> staff() {
		return organisation.allStaff().stream().map(StaffJson::of).toList();
	}

	/** A unit as the API shows it. */
	record UnitJson(UUID id, String name, UnitKind kind, UUID parentId, String shortName, boolean ordersCentralServices,
			String description) {

		static UnitJson of(UnitView unit) {
			return new UnitJson(unit.id(), unit.name(), unit.kind(), unit.parentId(), unit.shortName(),
					unit.ordersCentralServices(), unit.description());
		}

	}

	/** What a client sends to create or change a unit. */
	record UnitRequest(String name, String kind, UUID parentId, String shortName, Boolean ordersCentralServices,
			String description) {

		SaveUnit toCommand(UUID id, Integer version) {
			UnitKind unitKind = OrganisationAdminController.parseKind(kind);
			if (kind != null && unitKind == null) {
				throw new ValidationException(Map.of("kind", "kind ska vara FORVALTNING, BOLAG, FUNCTION eller UNIT."));
			}
			return new SaveUnit(id, unitKind, name, shortName, parentId, ordersCentralServices, description, version);
		}

	}

	/** A staff member as the API shows them. */
	record StaffJson(UUID id, UUID functionId, String name, String email, String profession, boolean specialist,
			BigDecimal weeklyCapacityHours, Map<String, Integer> competences) {

		static StaffJson of(StaffView staff) {
			Map<String, Integer> competences = new java.util.LinkedHashMap<>();
			staff.competences().forEach(c -> competences.put(c.name(), c.level()));
			return new StaffJson(staff.id(), staff.functionId(), staff.fullName(), staff.email(), staff.profession(),
					staff.specialist(), staff.weeklyCapacityHours(), competences);
		}

	}

}
