package se.helhet.events;

import java.util.Optional;
import java.util.UUID;

/**
 * Organisers without a municipal account: they register with their e-mail address, which
 * a link confirms, and sign in again with a new link by e-mail. Nothing here tells
 * whether an address is registered.
 */
public interface Organisers {

	/**
	 * Registers an organiser and mails a link that confirms the address and signs in. An
	 * address already registered gets a sign-in link instead; the caller answers the same
	 * either way.
	 * @param from the caller's network address, for the rate limit
	 * @throws se.helhet.platform.ValidationException when a field is wrong
	 * @throws TooManyAttempts when the address or network asked too often
	 */
	void register(String name, String organisationName, String email, String phone, String from);

	/**
	 * Mails a sign-in link to a registered organiser; nothing happens for an unknown
	 * address, and the caller answers the same.
	 */
	void requestSignIn(String email, String from);

	/**
	 * Uses a link's token: once, before it expires. Confirms the address the first time.
	 * @return the organiser signed in; empty when the token is unknown, used or expired
	 */
	Optional<OrganiserView> signIn(String token);

	/** A confirmed, not blocked organiser. */
	Optional<OrganiserView> organiser(UUID id);

}
