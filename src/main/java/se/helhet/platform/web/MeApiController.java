package se.helhet.platform.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.platform.CurrentUser;

@RestController
@Tag(name = "Konto", description = "Den inloggade användaren")
class MeApiController {

	@GetMapping("/api/v1/me")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Vem är jag", description = "Kontot som API-token tillhör, med roller och enhet.")
	Me me(CurrentUser user) {
		return new Me(user.accountId(), user.username(), user.displayName(), user.title(),
				user.roles().stream().map(Enum::name).sorted().toList(), user.unitId(), user.staffId());
	}

	record Me(UUID id, String username, String displayName, String title, List<String> roles, UUID unitId,
			UUID staffId) {
	}

}
