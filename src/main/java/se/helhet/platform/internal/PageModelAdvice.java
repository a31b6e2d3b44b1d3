package se.helhet.platform.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import se.helhet.platform.Branding;
import se.helhet.platform.Page;

/** Adds the {@link Page} shell model to every page a controller renders. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModelAdvice {

	static final String DEFAULT_MUNICIPALITY = "Helhet";

	private final CurrentUserArgumentResolver users;

	private final MessageSource messages;

	private final ObjectProvider<Branding> branding;

	PageModelAdvice(CurrentUserArgumentResolver users, MessageSource messages, ObjectProvider<Branding> branding) {
		this.users = users;
		this.messages = messages;
		this.branding = branding;
	}

	@ModelAttribute("page")
	Page page(HttpServletRequest request) {
		// JSON answers have no page shell; building one would read the account and the
		// brand
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		return build(request);
	}

	static String queryWithoutLanguage(String query) {
		if (query == null || query.isEmpty()) {
			return "";
		}
		return java.util.Arrays.stream(query.split("&"))
			.filter(part -> !part.isEmpty() && !part.equals("lang") && !part.startsWith("lang="))
			.collect(java.util.stream.Collectors.joining("&"));
	}

	Page build(HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Branding brand = branding.getIfAvailable();
		String municipality = brand != null ? brand.municipalityName() : DEFAULT_MUNICIPALITY;
		return new Page(users.current(new ServletRequestAttributes(request)), RequestContextUtils.getLocale(request),
				messages, csrf != null ? csrf.getParameterName() : "_csrf", csrf != null ? csrf.getToken() : null,
				path.isEmpty() ? "/" : path, queryWithoutLanguage(request.getQueryString()), municipality);
	}

}
