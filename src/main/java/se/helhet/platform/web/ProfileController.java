package se.helhet.platform.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.platform.CurrentUser;
import se.helhet.platform.internal.Profiles;

/** The person's own profile: personal API tokens and password. */
@Controller
class ProfileController {

	private final Profiles profiles;

	ProfileController(Profiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/profil")
	@PreAuthorize("isAuthenticated()")
	String profile(CurrentUser user, Model model) {
		model.addAttribute("tokens", profiles.tokens(user));
		model.addAttribute("hasPassword", profiles.hasPassword(user));
		if (!model.containsAttribute("tokenName")) {
			model.addAttribute("tokenName", "");
		}
		return "platform/profile";
	}

	@PostMapping("/profil/tokens")
	@PreAuthorize("isAuthenticated()")
	String createToken(CurrentUser user, @RequestParam(defaultValue = "") String name, Model model,
			RedirectAttributes redirect) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			model.addAttribute("tokenName", name);
			model.addAttribute("tokenError",
					trimmed.isEmpty() ? "profile.token.name.required" : "profile.token.name.tooLong");
			return profile(user, model);
		}
		redirect.addFlashAttribute("newToken", profiles.createToken(user, trimmed));
		return "redirect:/profil";
	}

	@PostMapping("/profil/tokens/{id}/aterkalla")
	@PreAuthorize("isAuthenticated()")
	String revokeToken(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message",
				profiles.revokeToken(user, id) ? "profile.token.revoked" : "profile.token.notFound");
		return "redirect:/profil";
	}

	@PostMapping("/profil/losenord")
	@PreAuthorize("isAuthenticated()")
	String changePassword(CurrentUser user, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String next, @RequestParam(defaultValue = "") String repeat, Model model,
			RedirectAttributes redirect) {
		String error = profiles.changePassword(user, current, next, repeat);
		if (error != null) {
			model.addAttribute("passwordError", error);
			return profile(user, model);
		}
		redirect.addFlashAttribute("message", "profile.password.changed");
		return "redirect:/profil";
	}

}
