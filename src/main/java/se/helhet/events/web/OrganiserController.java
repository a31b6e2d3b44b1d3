package se.helhet.events.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import se.helhet.events.ImageUpload;
import se.helhet.events.OrganiserView;
import se.helhet.events.Organisers;
import se.helhet.events.ProgrammeView;
import se.helhet.events.SubmissionView;
import se.helhet.events.Submissions;
import se.helhet.events.TooManyAttempts;
import se.helhet.platform.ConflictException;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Text;
import se.helhet.platform.ValidationException;

/**
 * The organisers' pages, without a municipal account: register, sign in with a link by
 * e-mail, submit events and follow them in "Mina evenemang". The organiser who is signed
 * in is an attribute of the HTTP session, not a Spring Security login; every page checks
 * it, and another organiser's event answers 404.
 */
@Controller
@RequestMapping("/evenemang")
class OrganiserController {

	/** The session attribute that holds the signed-in organiser's id. */
	static final String SESSION_KEY = "helhet.events.organiser";

	private static final String HOME = "redirect:/evenemang/arrangor";

	private static final String MINE = "redirect:/evenemang/arrangor/mina";

	private final Organisers organisers;

	private final Submissions submissions;

	OrganiserController(Organisers organisers, Submissions submissions) {
		this.organisers = organisers;
		this.submissions = submissions;
	}

	@GetMapping("/arrangor")
	@PreAuthorize("permitAll()")
	String start(HttpSession session, Model model) {
		if (signedIn(session).isPresent()) {
			return MINE;
		}
		model.addAttribute("email", "");
		model.addAttribute("errors", Map.of());
		return "events/organiser/start";
	}

	@PostMapping("/arrangor")
	@PreAuthorize("permitAll()")
	String requestLink(@RequestParam(required = false) String email, HttpServletRequest request, Model model) {
		try {
			organisers.requestSignIn(email, request.getRemoteAddr());
		}
		catch (ValidationException | TooManyAttempts ex) {
			model.addAttribute("email", email == null ? "" : email);
			model.addAttribute("errors", errors(ex, request));
			return "events/organiser/start";
		}
		model.addAttribute("registered", false);
		return "events/organiser/sent";
	}

	@GetMapping("/arrangor/registrera")
	@PreAuthorize("permitAll()")
	String registration(Model model) {
		model.addAttribute("form", Map.of());
		model.addAttribute("errors", Map.of());
		return "events/organiser/register";
	}

	@PostMapping("/arrangor/registrera")
	@PreAuthorize("permitAll()")
	String register(@RequestParam(required = false) String name,
			@RequestParam(required = false) String organisationName, @RequestParam(required = false) String email,
			@RequestParam(required = false) String phone, HttpServletRequest request, Model model) {
		try {
			organisers.register(name, organisationName, email, phone, request.getRemoteAddr());
		}
		catch (ValidationException | TooManyAttempts ex) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("name", name == null ? "" : name);
			form.put("organisationName", organisationName == null ? "" : organisationName);
			form.put("email", email == null ? "" : email);
			form.put("phone", phone == null ? "" : phone);
			model.addAttribute("form", form);
			model.addAttribute("errors", errors(ex, request));
			return "events/organiser/register";
		}
		model.addAttribute("registered", true);
		return "events/organiser/sent";
	}

	/**
	 * The link in the mail opens a page with a button: a mail program that opens links to
	 * check them must not use up the single-use token.
	 */
	@GetMapping("/arrangor/verifiera/{token}")
	@PreAuthorize("permitAll()")
	String confirm(@PathVariable String token, Model model) {
		model.addAttribute("token", token.length() > 100 ? "" : token);
		return "events/organiser/confirm";
	}

	@PostMapping("/arrangor/verifiera")
	@PreAuthorize("permitAll()")
	String signIn(@RequestParam(required = false) String token, HttpServletRequest request, Model model) {
		Optional<OrganiserView> organiser = organisers.signIn(token);
		if (organiser.isEmpty()) {
			model.addAttribute("email", "");
			model.addAttribute("errors", Map.of());
			model.addAttribute("expired", true);
			return "events/organiser/start";
		}
		HttpSession session = request.getSession(true);
		// a new session id on signing in, as for the municipal login (session fixation)
		request.changeSessionId();
		session.setAttribute(SESSION_KEY, organiser.get().id());
		return MINE;
	}

	@PostMapping("/arrangor/logout")
	@PreAuthorize("permitAll()")
	String signOut(HttpSession session, RedirectAttributes redirect) {
		session.removeAttribute(SESSION_KEY);
		redirect.addFlashAttribute("message", "events.org.signedOut");
		return HOME;
	}

	@GetMapping("/arrangor/mina")
	@PreAuthorize("permitAll()")
	String mine(HttpSession session, Model model) {
		Optional<OrganiserView> organiser = signedIn(session);
		if (organiser.isEmpty()) {
			return HOME;
		}
		model.addAttribute("organiser", organiser.get());
		model.addAttribute("events", submissions.mine(organiser.get().id()));
		return "events/organiser/mine";
	}

	@GetMapping("/arrangor/nytt")
	@PreAuthorize("permitAll()")
	String newEvent(@RequestParam(name = "program", required = false) String programme, HttpSession session,
			Model model) {
		Optional<OrganiserView> organiser = signedIn(session);
		if (organiser.isEmpty()) {
			return HOME;
		}
		UUID chosen = submissions.programmesForSubmission()
			.stream()
			.filter(p -> p.slug().equals(programme))
			.map(ProgrammeView::id)
			.findFirst()
			.orElse(null);
		return form(model, organiser.get(), SubmissionForm.empty(chosen), Map.of(), null, false, null);
	}

	@PostMapping("/arrangor/nytt")
	@PreAuthorize("permitAll()")
	String create(@RequestParam(name = "image", required = false) MultipartFile image,
			@RequestParam(required = false) String action, HttpServletRequest request, HttpSession session, Model model,
			RedirectAttributes redirect) {
		Optional<OrganiserView> organiser = signedIn(session);
		if (organiser.isEmpty()) {
			return HOME;
		}
		return save(organiser.get(), null, null, image, action, request, model, redirect);
	}

	@GetMapping("/arrangor/{id}")
	@PreAuthorize("permitAll()")
	String edit(@PathVariable String id, HttpSession session, Model model) {
		Optional<OrganiserView> organiser = signedIn(session);
		if (organiser.isEmpty()) {
			return HOME;
		}
		SubmissionView event = theirs(organiser.get(), id);
		return form(model, organiser.get(), SubmissionForm.from(event.submission()), Map.of(), event, false, null);
	}

	@PostMapping("/arrangor/{id}")
	@PreAuthorize("permitAll()")
	String update(@PathVariable String id, @RequestParam(name = "image", required = false) MultipartFile image,
			@RequestParam(required = false) String action, @RequestParam(required = false) Integer version,
			HttpServletRequest request, HttpSession session, Model model, RedirectAttributes redirect) {
		Optional<OrganiserView> organiser = signedIn(session);
		if (organiser.isEmpty()) {
			return HOME;
		}
		SubmissionView event = theirs(organiser.get(), id);
		return save(organiser.get(), event, version, image, action, request, model, redirect);
	}

	/**
	 * An event's image: for everyone once the event is public, before that only for the
	 * organiser who uploaded it (the editors see it on the review page).
	 */
	@GetMapping("/bilder/{file}")
	@PreAuthorize("permitAll()")
	ResponseEntity<Resource> image(@PathVariable String file, HttpSession session) throws IOException {
		Object id = session.getAttribute(SESSION_KEY);
		Path path = submissions.image(file, id instanceof UUID u ? u : null, null)
			.orElseThrow(() -> new NotFoundException("Bilden finns inte."));
		return imageResponse(path);
	}

	static ResponseEntity<Resource> imageResponse(Path path) throws IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.contentLength(Files.size(path))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(new FileSystemResource(path));
	}

	private String save(OrganiserView organiser, SubmissionView event, Integer version, MultipartFile image,
			String action, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		SubmissionForm form = SubmissionForm.of(request.getParameterMap());
		SubmissionForm.Parsed parsed = form.parse();
		boolean send = !"draft".equals(action);
		boolean hadImage = image != null && !image.isEmpty();
		try {
			if (!parsed.errors().isEmpty()) {
				throw ValidationException.of(parsed.errors());
			}
			ImageUpload upload = hadImage ? new ImageUpload(image.getOriginalFilename(), image.getBytes()) : null;
			UUID id = submissions.save(organiser.id(), event == null ? null : event.id(), parsed.submission(), upload,
					form.on("removeImage"), send, version, request.getRemoteAddr());
			redirect.addFlashAttribute("message", send ? "events.org.sent" : "events.org.draftSaved");
			redirect.addFlashAttribute("savedId", id.toString());
			return MINE;
		}
		catch (ValidationException | TooManyAttempts ex) {
			model.addAttribute("imageLost", hadImage);
			return form(model, organiser, form, errors(ex, request), event, hadImage, null);
		}
		catch (ConflictException ex) {
			return form(model, organiser, form, Map.of(), event, hadImage, ex.getMessage());
		}
		catch (IOException ex) {
			return form(model, organiser, form, Map.of("image",
					new Text("Bilden kunde inte läsas. Välj den igen.", "The image could not be read. Choose it again.")
						.in(RequestContextUtils.getLocale(request))),
					event, true, null);
		}
	}

	private String form(Model model, OrganiserView organiser, SubmissionForm form, Map<String, String> errors,
			SubmissionView event, boolean imageLost, String conflict) {
		model.addAttribute("organiser", organiser);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("event", event);
		model.addAttribute("imageLost", imageLost);
		model.addAttribute("conflict", conflict);
		model.addAttribute("programmes", submissions.programmesForSubmission());
		model.addAttribute("venues", submissions.venues());
		model.addAttribute("areas", submissions.areas());
		return "events/organiser/form";
	}

	private SubmissionView theirs(OrganiserView organiser, String id) {
		return submissions.mine(organiser.id(), SubmissionForm.uuid(id))
			.orElseThrow(() -> new NotFoundException("Evenemanget finns inte."));
	}

	private Optional<OrganiserView> signedIn(HttpSession session) {
		Object id = session.getAttribute(SESSION_KEY);
		Optional<OrganiserView> organiser = id instanceof UUID u ? organisers.organiser(u) : Optional.empty();
		if (id != null && organiser.isEmpty()) {
			// blocked since, or removed: the session no longer signs anyone in
			session.removeAttribute(SESSION_KEY);
		}
		return organiser;
	}

	private static Map<String, String> errors(RuntimeException ex, HttpServletRequest request) {
		var locale = RequestContextUtils.getLocale(request);
		if (ex instanceof ValidationException v) {
			return v.errors(locale);
		}
		return Map.of("form", ((TooManyAttempts) ex).text().in(locale));
	}

}
