package se.helhet.platform.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.helhet.platform.internal.Outbox;

/**
 * The outbox: every e-mail Helhet has sent, or would have sent had an SMTP server been
 * configured. Only the administrator reads it; the mails never carry a confidential
 * request's content.
 */
@Controller
class OutboxController {

	static final int PAGE_SIZE = 25;

	private final Outbox outbox;

	OutboxController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/utkorg")
	@PreAuthorize("hasRole('ADMIN')")
	String outbox(@RequestParam(name = "sida", defaultValue = "1") String page, Model model) {
		model.addAttribute("result", outbox.page(pageIndex(page), PAGE_SIZE));
		model.addAttribute("smtp", outbox.smtpConfigured());
		return "platform/outbox";
	}

	/** Pages are numbered from 1 in the address; anything unreadable is the first. */
	static int pageIndex(String page) {
		try {
			return Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
