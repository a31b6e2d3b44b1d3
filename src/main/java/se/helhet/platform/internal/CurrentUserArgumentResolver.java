package se.helhet.platform.internal;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import se.helhet.platform.CurrentUser;

/**
 * Lets a controller method take a {@link CurrentUser} parameter; looked up once per
 * request.
 */
@Component
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

	static final String ATTRIBUTE = CurrentUser.class.getName();

	private final JdbcAccounts accounts;

	CurrentUserArgumentResolver(JdbcAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(CurrentUser.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		CurrentUser user = current(webRequest);
		if (user == null) {
			throw new AccessDeniedException("Inte inloggad");
		}
		return user;
	}

	/** The current user, or null when nobody is logged in. */
	CurrentUser current(RequestAttributes request) {
		Object cached = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (cached instanceof CurrentUser user) {
			return user;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		CurrentUser user = accounts.findByUsername(authentication.getName()).orElse(null);
		if (user != null) {
			request.setAttribute(ATTRIBUTE, user, RequestAttributes.SCOPE_REQUEST);
		}
		return user;
	}

}
