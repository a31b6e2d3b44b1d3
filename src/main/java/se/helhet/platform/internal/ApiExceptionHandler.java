package se.helhet.platform.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.helhet.platform.NotFoundException;
import se.helhet.platform.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * JSON problem details (RFC 9457) with Swedish messages for everything the API refuses,
 * including Spring MVC's own errors.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Hittades inte");
		return problem;
	}

	@ExceptionHandler(ValidationException.class)
	ProblemDetail invalid(ValidationException ex) {
		return invalid(HttpStatus.BAD_REQUEST, ex.errors());
	}

	@ExceptionHandler(se.helhet.platform.ConflictException.class)
	ProblemDetail conflict(se.helhet.platform.ConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
		problem.setTitle("Någon annan har ändrat");
		return problem;
	}

	/** A path variable or parameter of the wrong type, e.g. an id that is not a UUID. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ex.getPropertyName();
		return super.handleExceptionInternal(ex,
				invalid(status, Map.of(field, wrongFormat(field, ex.getRequiredType()))), headers, status, request);
	}

	/** A body that is not JSON, or JSON with a value of the wrong type. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = mismatchedField(ex);
		ProblemDetail problem;
		if (field == null) {
			problem = ProblemDetail.forStatusAndDetail(status,
					"Anropets innehåll kunde inte läsas som JSON. Kontrollera det mot API-beskrivningen på /v3/api-docs.");
			problem.setTitle("Ogiltig JSON");
		}
		else {
			problem = invalid(status, Map.of(field, wrongFormat(field, null)));
		}
		return super.handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * Everything else Spring MVC refuses (wrong method, media type and so on): the same
	 * problem, with a Swedish title and detail instead of Spring's English ones.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// Spring passes null for most of its own errors and takes the problem from the
		// exception later: translate that one.
		Object problemBody = body == null && ex instanceof ErrorResponse error ? error.getBody() : body;
		if (problemBody instanceof ProblemDetail problem) {
			HttpStatus known = HttpStatus.resolve(status.value());
			problem.setTitle(swedishTitle(known));
			problem.setDetail(swedishDetail(known));
		}
		return super.handleExceptionInternal(ex, problemBody, headers, status, request);
	}

	private static ProblemDetail invalid(HttpStatusCode status, Map<String, String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"Uppgifterna behöver rättas: " + String.join(" ", errors.values()));
		problem.setTitle("Ogiltiga uppgifter");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String wrongFormat(String field, Class<?> expected) {
		if (UUID.class.equals(expected)) {
			return field + " ska vara ett id (UUID), t.ex. 3f2b8c1e-5d4a-4e2b-9c1d-7a6b5c4d3e2f.";
		}
		return field + " har fel format. Se API-beskrivningen på /v3/api-docs.";
	}

	/**
	 * The JSON field whose value had the wrong type, or null when the body is not JSON at
	 * all; Jackson reports the first as a mismatch with a path, the second as a read
	 * error.
	 */
	private static String mismatchedField(Throwable ex) {
		MismatchedInputException mismatch = null;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof StreamReadException) {
				return null;
			}
			if (cause instanceof MismatchedInputException m && mismatch == null) {
				mismatch = m;
			}
		}
		if (mismatch == null || mismatch.getPath().isEmpty()) {
			return null;
		}
		return mismatch.getPath()
			.stream()
			.map(JacksonException.Reference::getPropertyName)
			.filter(name -> name != null)
			.collect(Collectors.joining("."));
	}

	private static String swedishTitle(HttpStatus status) {
		if (status == null) {
			return "Fel";
		}
		return switch (status) {
			case BAD_REQUEST -> "Felaktigt anrop";
			case NOT_FOUND -> "Hittades inte";
			case METHOD_NOT_ALLOWED -> "Metoden stöds inte";
			case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> "Formatet stöds inte";
			case PAYLOAD_TOO_LARGE -> "För stort";
			case SERVICE_UNAVAILABLE -> "Inte tillgänglig just nu";
			default -> status.is5xxServerError() ? "Fel hos Helhet" : "Felaktigt anrop";
		};
	}

	private static String swedishDetail(HttpStatus status) {
		if (status == null) {
			return "Anropet kunde inte utföras.";
		}
		return switch (status) {
			case BAD_REQUEST ->
				"Anropet kunde inte tolkas. Kontrollera parametrar och JSON mot API-beskrivningen på /v3/api-docs.";
			case NOT_FOUND -> "Det finns inget här. Kontrollera adressen mot API-beskrivningen på /v3/api-docs.";
			case METHOD_NOT_ALLOWED ->
				"Metoden går inte att använda på den här adressen. Se headern Allow för vilka som går.";
			case NOT_ACCEPTABLE -> "Svaret kan bara skickas som JSON. Skicka Accept: application/json.";
			case UNSUPPORTED_MEDIA_TYPE -> "Skicka innehållet som JSON med Content-Type: application/json.";
			case PAYLOAD_TOO_LARGE -> "Anropet är för stort.";
			case SERVICE_UNAVAILABLE -> "Helhet hann inte svara. Försök igen om en stund.";
			default -> status.is5xxServerError()
					? "Något gick fel hos Helhet. Försök igen om en stund; kvarstår felet, kontakta administratören."
					: "Anropet kunde inte utföras. Kontrollera det mot API-beskrivningen på /v3/api-docs.";
		};
	}

}
