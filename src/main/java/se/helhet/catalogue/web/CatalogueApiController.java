package se.helhet.catalogue.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.catalogue.FormField;
import se.helhet.catalogue.ServiceView;
import se.helhet.catalogue.internal.CatalogueService;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.NotFoundException;

@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "Tjänster", description = "Den gemensamma tjänstekatalogen")
class CatalogueApiController {

	private final CatalogueService catalogue;

	private final Organisation organisation;

	CatalogueApiController(CatalogueService catalogue, Organisation organisation) {
		this.catalogue = catalogue;
		this.organisation = organisation;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Alla beställningsbara tjänster",
			description = "Med funktion (HR, EK, KOM), sekretessmarkering och formulärets extra fält.")
	List<ServiceJson> services() {
		var functions = organisation.functions();
		return catalogue.services()
			.stream()
			.filter(ServiceView::active)
			.map(s -> ServiceJson.of(s, functions))
			.toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "En tjänst")
	ServiceJson service(@PathVariable UUID id) {
		return catalogue.service(id)
			.map(s -> ServiceJson.of(s, organisation.functions()))
			.orElseThrow(() -> new NotFoundException("Tjänsten finns inte."));
	}

	/** A service as the API shows it. */
	record ServiceJson(UUID id, String function, UUID functionId, String name, String description, boolean confidential,
			int slaWorkingHours, int formVersion, List<FormField> fields, boolean active) {

		static ServiceJson of(ServiceView s, List<UnitView> functions) {
			String function = functions.stream()
				.filter(f -> f.id().equals(s.functionId()))
				.map(UnitView::shortName)
				.findFirst()
				.orElse(null);
			return new ServiceJson(s.id(), function, s.functionId(), s.nameSv(), s.descriptionSv(), s.confidential(),
					s.slaWorkingHours(), s.formVersion(), s.fields(), s.active());
		}

	}

}
