package se.helhet.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.helhet.platform.DemoMode;
import se.helhet.platform.internal.DemoAccountDirectory;

@Controller
public class LoginController {

	private final DemoMode demoMode;

	private final DemoAccountDirectory demoAccounts;

	private final List<SsoOption> ssoOptions;

	LoginController(DemoMode demoMode, DemoAccountDirectory demoAccounts,
			ObjectProvider<ClientRegistrationRepository> registrations) {
		this.demoMode = demoMode;
		this.demoAccounts = demoAccounts;
		List<SsoOption> options = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object registration : all) {
				ClientRegistration r = (ClientRegistration) registration;
				options.add(new SsoOption(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
			}
		}
		this.ssoOptions = List.copyOf(options);
	}

	@GetMapping("/login")
	@PreAuthorize("permitAll()")
	String login(@RequestParam(name = "fel", required = false) String failed,
			@RequestParam(name = "sso-fel", required = false) String ssoFailed,
			@RequestParam(name = "utloggad", required = false) String loggedOut, Model model) {
		model.addAttribute("demo", demoMode.enabled());
		model.addAttribute("demoAccounts", demoMode.enabled() ? demoAccounts.roleAccounts() : List.of());
		model.addAttribute("ssoOptions", ssoOptions);
		model.addAttribute("failed", failed != null);
		model.addAttribute("ssoFailed", ssoFailed != null);
		model.addAttribute("loggedOut", loggedOut != null);
		return "platform/login";
	}

	/** A single sign-on provider the person can log in with. */
	public record SsoOption(String name, String href) {
	}

}
