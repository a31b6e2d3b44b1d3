package se.helhet.platform.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import se.helhet.platform.Role;

/**
 * Two filter chains: the stateless API under {@code /api/**} with personal bearer tokens
 * and JSON errors, and the browser UI with form login (and OIDC when configured), CSRF
 * and a session. Deny by default: every controller method also carries its own
 * {@code @PreAuthorize}, which a test checks.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, JdbcAccounts accounts, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiTokenAuthenticationFilter(accounts), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				// the open events API for tourism offices, libraries and media
				.requestMatchers(HttpMethod.GET, "/api/v1/programmes", "/api/v1/programmes/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.exceptionHandling(
					e -> e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden))
			.headers(h -> h
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
			HelhetOidcUserService oidcUserService) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/tillganglighet", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
					"/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			// the events programme's visitor pages and feeds: no account
			.requestMatchers(HttpMethod.GET, "/evenemang", "/evenemang/**")
			.permitAll()
			// organisers have no municipal account: their pages check their own sign-in
			.requestMatchers(HttpMethod.POST, "/evenemang/arrangor", "/evenemang/arrangor/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/")
			.authenticated()
			.anyRequest()
			.authenticated())
			.formLogin(
					form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?fel").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?utloggad").permitAll())
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
		if (oidc.getIfAvailable() != null) {
			// Without its own failure URL a refused single sign-on lands silently on the
			// login page, and the person cannot tell that anything went wrong.
			http.oauth2Login(o -> o.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureUrl("/login?sso-fel")
				.userInfoEndpoint(u -> u.oidcUserService(oidcUserService)));
		}
		return http.build();
	}

	/**
	 * Helhet exports no traces: without this, Spring Security wraps every filter of each
	 * chain and every authorisation decision in an observation, which the load harness
	 * showed as several per cent of an API call's CPU time (HTTP metrics stay on).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	UserDetailsService userDetailsService(JdbcAccounts accounts) {
		return username -> {
			var user = accounts.findByUsername(username)
				.orElseThrow(() -> new UsernameNotFoundException("Okänt användarnamn"));
			String hash = accounts.passwordHash(username)
				.orElseThrow(() -> new UsernameNotFoundException("Kontot saknar lösenord"));
			return User.withUsername(user.username())
				.password(hash)
				.authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
				.build();
		};
	}

}
