package se.helhet.knowledge.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import se.helhet.knowledge.ArticleStatus;
import se.helhet.knowledge.ArticleView;
import se.helhet.knowledge.Audience;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;

/**
 * Who may read and change what in the knowledge base. Plain rules, without Spring.
 */
public final class KnowledgeRules {

	private KnowledgeRules() {
	}

	/** The staff of a central function: its handlers and its lead. */
	public static boolean isStaffOf(UUID functionId, CurrentUser user) {
		return functionId != null && functionId.equals(user.unitId())
				&& (user.has(Role.HANDLER) || user.has(Role.FUNCTION_LEAD));
	}

	/**
	 * A published article for the förvaltningar is read by everyone logged in; anything
	 * else (drafts, archived, function-only) by the function's staff and the
	 * administrator.
	 */
	public static boolean mayRead(ArticleView article, CurrentUser user) {
		if (user.has(Role.ADMIN) || isStaffOf(article.functionId(), user)) {
			return true;
		}
		return article.status() == ArticleStatus.PUBLICERAD && article.audience() == Audience.FORVALTNINGAR;
	}

	/** The function's handlers and lead write its articles; the administrator any. */
	public static boolean mayWrite(UUID functionId, CurrentUser user) {
		return user.has(Role.ADMIN) || isStaffOf(functionId, user);
	}

	public static boolean mayEdit(ArticleView article, CurrentUser user) {
		return mayWrite(article.functionId(), user);
	}

	/**
	 * The function's lead, the article's owner and the administrator publish and archive.
	 */
	public static boolean mayPublish(ArticleView article, CurrentUser user) {
		return user.has(Role.ADMIN) || (user.has(Role.FUNCTION_LEAD) && article.functionId().equals(user.unitId()))
				|| (article.owner().equals(user.username()) && isStaffOf(article.functionId(), user));
	}

	/** The function's lead and the administrator decide its governing documents. */
	public static boolean mayGovern(UUID functionId, CurrentUser user) {
		return user.has(Role.ADMIN)
				|| (user.has(Role.FUNCTION_LEAD) && functionId != null && functionId.equals(user.unitId()));
	}

	/** Tags as typed ("Semester, bokslut ,,") to a clean list: lower case, no repeats. */
	public static List<String> tags(String typed) {
		if (typed == null) {
			return List.of();
		}
		return Arrays.stream(typed.split("[,;]"))
			.map(t -> t.strip().toLowerCase(Locale.ROOT))
			.filter(t -> !t.isEmpty())
			.distinct()
			.limit(12)
			.toList();
	}

	/** Whether a status may follow another: utkast → publicerad → arkiverad, and back. */
	public static boolean mayMove(ArticleStatus from, ArticleStatus to) {
		return from != to;
	}

}
