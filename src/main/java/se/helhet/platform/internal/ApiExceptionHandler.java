package se.helhet.platform.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.helhet.platform.NotFoundException;
import se.helhet.platform.ValidationException;

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
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Uppgifterna behöver rättas: " + String.join(" ", ex.errors().values()));
		problem.setTitle("Ogiltiga uppgifter");
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	@ExceptionHandler(se.helhet.platform.ConflictException.class)
	ProblemDetail conflict(se.helhet.platform.ConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
		problem.setTitle("Någon annan har ändrat");
		return problem;
	}

}
