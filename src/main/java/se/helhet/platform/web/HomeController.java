package se.helhet.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.helhet.platform.CurrentUser;
import se.helhet.platform.HomeCard;
import se.helhet.platform.HomeContributor;

/** The start page: each module adds the cards that concern the person's roles. */
@Controller
class HomeController {

	private final List<HomeContributor> contributors;

	HomeController(List<HomeContributor> contributors) {
		this.contributors = contributors;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home(CurrentUser user, Locale locale, Model model) {
		List<HomeCard> cards = new ArrayList<>();
		contributors.forEach(c -> cards.addAll(c.cardsFor(user, locale)));
		cards.sort(Comparator.comparingInt(HomeCard::order));
		model.addAttribute("cards", cards);
		return "platform/home";
	}

}
