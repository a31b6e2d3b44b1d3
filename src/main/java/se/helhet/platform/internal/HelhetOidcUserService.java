package se.helhet.platform.internal;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import se.helhet.platform.Accounts.NewAccount;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;

/**
 * Maps a person who logged in through the municipality's single sign-on to their Helhet
 * account (by the claim {@code helhet.oidc.username-claim}, default
 * {@code preferred_username}). Roles come from Helhet, not from the identity provider. A
 * person without an account gets a requester account, since every employee may ask the
 * central functions for help; a disabled account is refused.
 */
@Component
class HelhetOidcUserService extends OidcUserService {

	private final JdbcAccounts accounts;

	private final String usernameClaim;

	HelhetOidcUserService(JdbcAccounts accounts,
			@Value("${helhet.oidc.username-claim:preferred_username}") String usernameClaim) {
		this.accounts = accounts;
		this.usernameClaim = usernameClaim;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser oidcUser = super.loadUser(request);
		String username = oidcUser.getClaimAsString(usernameClaim);
		if (username == null || username.isBlank()) {
			throw new OAuth2AuthenticationException(
					new OAuth2Error("invalid_user", "Inloggningen saknar användarnamn (" + usernameClaim + ")", null));
		}
		// A disabled account must stay closed: creating a requester account in its place
		// would overwrite its roles and unit.
		if (accounts.isDisabled(username)) {
			throw new OAuth2AuthenticationException(
					new OAuth2Error("account_disabled", "Kontot " + username + " är avstängt", null));
		}
		CurrentUser user = accounts.findByUsername(username).orElseGet(() -> {
			String name = oidcUser.getFullName() != null ? oidcUser.getFullName() : username;
			accounts
				.save(new NewAccount(username, name, null, oidcUser.getEmail(), Set.of(Role.REQUESTER), null, null));
			return accounts.findByUsername(username).orElseThrow();
		});
		var authorities = user.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
		return new LocalOidcUser(authorities, oidcUser, user.username());
	}

	/**
	 * An OIDC user whose name is the local username, so the rest of Helhet sees one kind
	 * of principal.
	 */
	static final class LocalOidcUser extends DefaultOidcUser {

		private final String username;

		LocalOidcUser(java.util.Collection<SimpleGrantedAuthority> authorities, OidcUser source, String username) {
			super(authorities, source.getIdToken(), source.getUserInfo());
			this.username = username;
		}

		@Override
		public String getName() {
			return username;
		}

		@Override
		public boolean equals(Object obj) {
			return obj instanceof LocalOidcUser other && other.username.equals(username) && super.equals(obj);
		}

		@Override
		public int hashCode() {
			return username.hashCode();
		}

	}

}
