package se.helhet.platform.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PublicPagesController {

	/**
	 * Tillgänglighetsredogörelse, required by the law on accessibility of digital public
	 * services.
	 */
	@GetMapping("/tillganglighet")
	@PreAuthorize("permitAll()")
	String accessibilityStatement() {
		return "platform/accessibility";
	}

}
