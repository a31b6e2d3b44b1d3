package se.helhet.platform.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import se.helhet.platform.CurrentUser;
import se.helhet.platform.internal.ApiTokens.TokenView;

/** Use cases of the profile page: personal API tokens and the local password. */
@Service
public class Profiles {

	static final int MIN_PASSWORD_LENGTH = 12;

	private final ApiTokens tokens;

	private final JdbcAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	Profiles(ApiTokens tokens, JdbcAccounts accounts, PasswordEncoder passwordEncoder) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	public List<TokenView> tokens(CurrentUser user) {
		return tokens.list(user.accountId());
	}

	/** Creates a token and returns its value: the only time anyone sees it. */
	public String createToken(CurrentUser user, String name) {
		return tokens.create(user.accountId(), name).value();
	}

	public boolean revokeToken(CurrentUser user, UUID tokenId) {
		return tokens.revoke(user.accountId(), tokenId);
	}

	public boolean hasPassword(CurrentUser user) {
		return accounts.passwordHash(user.username()).isPresent();
	}

	/**
	 * Changes the password; returns the message key of what is wrong, or null when
	 * changed.
	 */
	public String changePassword(CurrentUser user, String current, String next, String repeat) {
		String hash = accounts.passwordHash(user.username()).orElse(null);
		if (hash == null || !passwordEncoder.matches(current, hash)) {
			return "profile.password.wrongCurrent";
		}
		if (next.length() < MIN_PASSWORD_LENGTH) {
			return "profile.password.tooShort";
		}
		if (!next.equals(repeat)) {
			return "profile.password.mismatch";
		}
		accounts.setPassword(user.username(), next);
		return null;
	}

}
