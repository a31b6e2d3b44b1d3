package se.helhet.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.helhet.platform.CurrentUser;

/**
 * The knowledge module's facade: knowledge articles and governing documents. Every read
 * of an article takes the reader, and answers only what the reader may see; a change
 * checks who makes it.
 */
public interface Knowledge {

	/** The articles the reader may see that match the query, newest change first. */
	List<ArticleView> articles(ArticleQuery query, CurrentUser reader);

	/** The article, if it exists and the reader may see it. */
	Optional<ArticleView> article(UUID id, CurrentUser reader);

	/**
	 * Writes a new article as a draft, owned by its writer unless another owner is named.
	 */
	ArticleView writeArticle(SaveArticle command, CurrentUser by);

	/** Changes an article; refused (conflict) when it changed since the version given. */
	ArticleView changeArticle(UUID id, SaveArticle command, CurrentUser by);

	/**
	 * Publishes, archives or takes an article back to draft: the lead's or the owner's
	 * call.
	 */
	ArticleView moveArticle(UUID id, ArticleStatus to, Integer version, CurrentUser by);

	/**
	 * A solved request as a draft article of its function, for the handler to rewrite
	 * without personal data; one from a confidential request stays readable only by the
	 * function.
	 */
	ArticleView draftFromRequest(UUID requestId, CurrentUser by);

	/** "Was this helpful?": one answer per person, the last one counts. */
	ArticleView answerHelpful(UUID id, boolean helpful, CurrentUser by);

	/** The reader's own answer to "was this helpful?", if any. */
	Optional<Boolean> helpfulAnswer(UUID articleId, CurrentUser reader);

	/** Whether the person may write articles for this function. */
	boolean mayWrite(UUID functionId, CurrentUser user);

	/** Whether the person may change this article. */
	boolean mayEdit(ArticleView article, CurrentUser user);

	/** Whether the person may publish or archive this article. */
	boolean mayPublish(ArticleView article, CurrentUser user);

	/** Governing documents, optionally of one function, by title. */
	List<DocumentView> documents(UUID functionId);

	Optional<DocumentView> document(UUID id);

	/** Every version, newest first. */
	List<DocumentVersionView> versions(UUID documentId);

	Optional<DocumentVersionView> version(UUID documentId, int number);

	/** Whether the person may create documents of, or new versions for, the function. */
	boolean mayGovern(UUID functionId, CurrentUser user);

	DocumentView createDocument(NewDocument command, CurrentUser by);

	/**
	 * A new governing document applying to catalogue services: created and linked at
	 * once, or not at all.
	 */
	DocumentView createDocument(NewDocument command, LinkServices services, CurrentUser by);

	/**
	 * A new version of a document; the one before stays readable, marked as replaced.
	 * Refused (conflict) when another version was added since the version given.
	 */
	DocumentView reviseDocument(UUID id, NewVersion command, CurrentUser by);

	/**
	 * The catalogue services a document applies to, and its summary for requesters.
	 */
	DocumentServices documentServices(UUID documentId);

	/**
	 * Sets the services a document applies to (services of the document's function) and
	 * its summary for requesters: the lead's call. Refused (conflict) when the document
	 * changed since the version given.
	 */
	DocumentView linkServices(UUID documentId, LinkServices command, CurrentUser by);

	/**
	 * The governing document a service follows: of the documents linked to it, a rutin
	 * before a riktlinje, instruktion or policy.
	 */
	Optional<DocumentView> routineOf(UUID serviceId);

	/** Documents whose review date has passed, of one function or (null) all. */
	List<DocumentView> reviewsOverdue(UUID functionId, LocalDate today);

	/**
	 * Mails the owner of every document whose review date is within the notice period and
	 * who has not been reminded of that date yet.
	 * @return the number of reminders sent
	 */
	int remindOwners(LocalDate today);

	/**
	 * What to list.
	 *
	 * @param functionId one function, or null for all
	 * @param tag one tag, or null
	 * @param words every word must occur in the title, text or tags; null or blank for
	 * all
	 * @param status one status, or null for published ones plus (for the function's
	 * staff) drafts
	 */
	record ArticleQuery(UUID functionId, String tag, String words, ArticleStatus status) {
	}

	/**
	 * An article as written.
	 *
	 * @param functionId the function (the writer's own when null)
	 * @param title title
	 * @param body Markdown
	 * @param tags comma-separated
	 * @param audience FORVALTNINGAR or FUNKTIONEN
	 * @param owner username of the owner (the writer when blank)
	 * @param version the version the change is based on; null when new
	 */
	record SaveArticle(UUID functionId, String title, String body, String tags, String audience, String owner,
			Integer version) {
	}

	/**
	 * A new governing document with its first version.
	 */
	record NewDocument(UUID functionId, String title, String type, String owner, String body, String decidedBy,
			String decisionDate, String validFrom, String reviewDate) {
	}

	/**
	 * The services a document applies to and what a requester should know.
	 *
	 * @param requesterSummary the lead's own words, or null (the start of the text is
	 * shown then)
	 * @param summary what to show a requester: the lead's words or the start of the text
	 */
	record DocumentServices(UUID documentId, List<UUID> serviceIds, String requesterSummary, String summary) {

		public DocumentServices {
			serviceIds = List.copyOf(serviceIds);
		}

	}

	/**
	 * @param serviceIds the services of the document's function it applies to (replaces
	 * the earlier list)
	 * @param requesterSummary a few sentences for requesters, may be blank
	 * @param version the document's version the change is based on, null for the current
	 */
	record LinkServices(List<UUID> serviceIds, String requesterSummary, Integer version) {
	}

	/**
	 * A new version: the decision, what changed and the version it is based on.
	 */
	record NewVersion(String body, String decidedBy, String decisionDate, String validFrom, String reviewDate,
			String changeNote, Integer version) {
	}

}
