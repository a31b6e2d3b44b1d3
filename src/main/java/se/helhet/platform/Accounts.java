package se.helhet.platform;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The platform's facade for user accounts, used by other modules to link people to
 * logins.
 */
public interface Accounts {

	/**
	 * Creates or updates the account with this username.
	 * @return the account id
	 */
	UUID save(NewAccount account);

	Optional<CurrentUser> findByUsername(String username);

	List<CurrentUser> findByUnit(UUID unitId);

	/**
	 * The e-mail address of an enabled account, or empty when there is no such account or
	 * it has no address.
	 */
	Optional<String> emailOf(String username);

	/**
	 * Sets the demo password and the demo API token {@code demo-<username>}; only in demo
	 * mode.
	 */
	void grantDemoCredentials(String username);

	/**
	 * An account to create.
	 *
	 * @param username login name (lower case, no spaces)
	 * @param displayName full name
	 * @param title job title
	 * @param email e-mail address
	 * @param roles roles
	 * @param unitId organisation unit
	 * @param staffId central staff member, if any
	 */
	record NewAccount(String username, String displayName, String title, String email, Set<Role> roles, UUID unitId,
			UUID staffId) {
	}

}
