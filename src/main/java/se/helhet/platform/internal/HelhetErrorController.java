package se.helhet.platform.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors as a friendly Swedish page in the browser, and as problem details in the API.
 */
@Controller
class HelhetErrorController implements ErrorController {

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	@PreAuthorize("permitAll()")
	String errorPage(HttpServletRequest request, Model model) {
		HttpStatus status = status(request);
		model.addAttribute("status", status.value());
		model.addAttribute("messageKey", switch (status) {
			case NOT_FOUND -> "error.notFound";
			case FORBIDDEN -> "error.forbidden";
			case BAD_REQUEST, METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE -> "error.badRequest";
			default -> "error.server";
		});
		return "platform/error";
	}

	@RequestMapping("/error")
	@PreAuthorize("permitAll()")
	ResponseEntity<ProblemDetail> errorJson(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, switch (status) {
			case NOT_FOUND -> "Det finns inget här, eller så saknar du behörighet att se det.";
			case FORBIDDEN -> "Ditt konto har inte behörighet till detta.";
			case UNAUTHORIZED -> "Anropet saknar en giltig inloggning eller API-token.";
			case BAD_REQUEST -> "Anropet kunde inte tolkas. Kontrollera parametrar och JSON mot API-beskrivningen.";
			case METHOD_NOT_ALLOWED ->
				"Metoden går inte att använda på den här adressen. Se API-beskrivningen för vilka metoder som finns.";
			case UNSUPPORTED_MEDIA_TYPE -> "Skicka innehållet som JSON med Content-Type: application/json.";
			case NOT_ACCEPTABLE -> "Svaret kan bara skickas som JSON. Skicka Accept: application/json.";
			default -> status.is4xxClientError() ? "Anropet kunde inte utföras. Kontrollera det mot API-beskrivningen."
					: "Något gick fel hos Helhet. Försök igen om en stund; kvarstår felet, kontakta administratören.";
		});
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
