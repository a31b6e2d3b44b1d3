package se.helhet.platform.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import se.helhet.platform.Role;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the stored token digests.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private final JdbcAccounts accounts;

	ApiTokenAuthenticationFilter(JdbcAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			accounts.findByApiToken(header.substring(7).trim()).ifPresent(user -> {
				var authorities = user.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
				var authentication = UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
						authorities);
				SecurityContextHolder.getContext().setAuthentication(authentication);
				// the account was just read: spare the controller's CurrentUser a second
				// read
				request.setAttribute(CurrentUserArgumentResolver.ATTRIBUTE, user);
			});
		}
		chain.doFilter(request, response);
	}

}
