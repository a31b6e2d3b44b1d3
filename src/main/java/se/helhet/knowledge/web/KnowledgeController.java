package se.helhet.knowledge.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.knowledge.ArticleStatus;
import se.helhet.knowledge.ArticleView;
import se.helhet.knowledge.Audience;
import se.helhet.knowledge.Knowledge;
import se.helhet.knowledge.Knowledge.ArticleQuery;
import se.helhet.knowledge.Knowledge.SaveArticle;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.platform.ValidationException;

/**
 * The knowledge base in the browser: the list with its filters, an article with "was this
 * helpful?", and the handlers' form to write and change articles.
 */
@Controller
@RequestMapping("/kunskap")
class KnowledgeController {

	private final Knowledge knowledge;

	private final Organisation organisation;

	KnowledgeController(Knowledge knowledge, Organisation organisation) {
		this.knowledge = knowledge;
		this.organisation = organisation;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(name = "funktion", required = false) String function,
			@RequestParam(name = "tagg", required = false) String tag,
			@RequestParam(name = "q", required = false) String words,
			@RequestParam(name = "status", required = false) String status, CurrentUser user, Model model) {
		UUID functionId = parseUuid(function);
		ArticleStatus chosenStatus = ArticleStatus.parse(status).orElse(null);
		List<ArticleView> all = knowledge.articles(new ArticleQuery(functionId, null, null, chosenStatus), user);
		List<ArticleView> articles = knowledge.articles(new ArticleQuery(functionId, blankToNull(tag),
				words == null ? null : words.substring(0, Math.min(words.length(), 200)), chosenStatus), user);
		List<UnitView> functions = organisation.functions();
		boolean staff = user.has(Role.ADMIN) || functions.stream().anyMatch(f -> knowledge.mayWrite(f.id(), user));
		model.addAttribute("articles", articles);
		model.addAttribute("functions", functions);
		model.addAttribute("functionNames", functionNames(functions));
		model.addAttribute("tags",
				new TreeSet<>(all.stream().flatMap(a -> a.tags().stream()).toList()).stream().toList());
		model.addAttribute("function", functionId == null ? "" : functionId.toString());
		model.addAttribute("tag", tag == null ? "" : tag);
		model.addAttribute("query", words == null ? "" : words);
		model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.name());
		model.addAttribute("filtered",
				functionId != null || blankToNull(tag) != null || blankToNull(words) != null || chosenStatus != null);
		model.addAttribute("mayWrite", staff);
		model.addAttribute("statuses", staff ? List.of(ArticleStatus.values()) : List.of());
		return "knowledge/list";
	}

	@GetMapping("/artiklar/{id}")
	@PreAuthorize("isAuthenticated()")
	String article(@PathVariable UUID id, CurrentUser user, Model model) {
		ArticleView article = readable(id, user);
		model.addAttribute("article", article);
		model.addAttribute("functionName", functionNames(organisation.functions()).get(article.functionId()));
		model.addAttribute("mayEdit", knowledge.mayEdit(article, user));
		model.addAttribute("mayPublish", knowledge.mayPublish(article, user));
		model.addAttribute("answer", knowledge.helpfulAnswer(id, user).orElse(null));
		return "knowledge/article";
	}

	@PostMapping("/artiklar/{id}/hjalpsam")
	@PreAuthorize("isAuthenticated()")
	String helpful(@PathVariable UUID id, @RequestParam(required = false) String helpful, CurrentUser user,
			RedirectAttributes redirect) {
		readable(id, user);
		if (!"true".equals(helpful) && !"false".equals(helpful)) {
			redirect.addFlashAttribute("message", "knowledge.feedback.choose");
			return "redirect:/kunskap/artiklar/" + id;
		}
		knowledge.answerHelpful(id, Boolean.parseBoolean(helpful), user);
		redirect.addFlashAttribute("message", "knowledge.feedback.thanks");
		return "redirect:/kunskap/artiklar/" + id + "#feedback";
	}

	@GetMapping("/artiklar/ny")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	String newForm(CurrentUser user, Model model) {
		return formPage(user, model, null, ArticleForm.empty(), 0, Map.of(), null);
	}

	@PostMapping("/artiklar")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	String create(ArticleForm form, CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			ArticleView written = knowledge.writeArticle(command(form, null), user);
			redirect.addFlashAttribute("message", "knowledge.article.written");
			return "redirect:/kunskap/artiklar/" + written.id();
		}
		catch (ValidationException ex) {
			return formPage(user, model, null, form, 0, ex.errors(), null);
		}
	}

	/** A solved request as a draft, opened for the handler to remove personal data. */
	@PostMapping("/artiklar/fran-arende/{requestId}")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	String fromRequest(@PathVariable UUID requestId, CurrentUser user, RedirectAttributes redirect) {
		ArticleView draft = knowledge.draftFromRequest(requestId, user);
		redirect.addFlashAttribute("message", "knowledge.article.fromRequest");
		return "redirect:/kunskap/artiklar/" + draft.id() + "/andra";
	}

	@GetMapping("/artiklar/{id}/andra")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	String editForm(@PathVariable UUID id, CurrentUser user, Model model) {
		ArticleView article = editable(id, user);
		return formPage(user, model, article, ArticleForm.of(article), article.version(), Map.of(), null);
	}

	@PostMapping("/artiklar/{id}/andra")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	String edit(@PathVariable UUID id, ArticleForm form, @RequestParam(required = false) Integer version,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		ArticleView article = editable(id, user);
		int basedOn = version == null ? article.version() : version;
		try {
			knowledge.changeArticle(id, command(form, basedOn), user);
		}
		catch (ValidationException ex) {
			return formPage(user, model, article, form, basedOn, ex.errors(), null);
		}
		catch (ConflictException ex) {
			return formPage(user, model, article, form, basedOn, Map.of(), ex.getMessage());
		}
		redirect.addFlashAttribute("message", "knowledge.article.changed");
		return "redirect:/kunskap/artiklar/" + id;
	}

	@PostMapping("/artiklar/{id}/status")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	String move(@PathVariable UUID id, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer version, CurrentUser user, RedirectAttributes redirect) {
		ArticleView article = readable(id, user);
		if (!knowledge.mayPublish(article, user)) {
			throw new AccessDeniedException("Funktionens chef eller artikelns ägare publicerar och arkiverar.");
		}
		ArticleStatus to = ArticleStatus.parse(status).orElse(null);
		if (to == null) {
			redirect.addFlashAttribute("conflict", "Välj publicera, arkivera eller gör till utkast.");
			return "redirect:/kunskap/artiklar/" + id;
		}
		try {
			knowledge.moveArticle(id, to, version, user);
			redirect.addFlashAttribute("message", "knowledge.article.moved." + to.name());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("conflict", ex.getMessage());
		}
		return "redirect:/kunskap/artiklar/" + id;
	}

	private String formPage(CurrentUser user, Model model, ArticleView article, ArticleForm form, int version,
			Map<String, String> errors, String conflict) {
		List<UnitView> choices = organisation.functions()
			.stream()
			.filter(f -> knowledge.mayWrite(f.id(), user))
			.toList();
		if (choices.isEmpty()) {
			throw new AccessDeniedException("Artiklar skrivs av de centrala funktionernas medarbetare.");
		}
		model.addAttribute("article", article);
		model.addAttribute("form", form);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("functions", article == null && choices.size() > 1 ? choices : List.of());
		model.addAttribute("audiences", List.of(Audience.values()));
		return "knowledge/article-form";
	}

	private static SaveArticle command(ArticleForm form, Integer version) {
		return new SaveArticle(parseUuid(form.functionId()), form.title(), form.body(), form.tags(), form.audience(),
				form.owner(), version);
	}

	private ArticleView readable(UUID id, CurrentUser user) {
		return knowledge.article(id, user).orElseThrow(() -> new NotFoundException("Artikeln finns inte."));
	}

	private ArticleView editable(UUID id, CurrentUser user) {
		ArticleView article = readable(id, user);
		if (!knowledge.mayEdit(article, user)) {
			throw new AccessDeniedException("Artiklar ändras av funktionens handläggare.");
		}
		return article;
	}

	static Map<UUID, String> functionNames(List<UnitView> functions) {
		Map<UUID, String> names = new LinkedHashMap<>();
		functions.forEach(f -> names.put(f.id(), f.name()));
		return names;
	}

	static UUID parseUuid(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
