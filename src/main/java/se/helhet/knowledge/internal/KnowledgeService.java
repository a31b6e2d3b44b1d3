package se.helhet.knowledge.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.helhet.knowledge.ArticleStatus;
import se.helhet.knowledge.ArticleView;
import se.helhet.knowledge.DocumentVersionView;
import se.helhet.knowledge.DocumentView;
import se.helhet.knowledge.Knowledge;
import se.helhet.platform.CurrentUser;

/** The facade, over the article and governing document services. */
@Service
class KnowledgeService implements Knowledge {

	private final ArticleService articles;

	private final GoverningDocumentService documents;

	KnowledgeService(ArticleService articles, GoverningDocumentService documents) {
		this.articles = articles;
		this.documents = documents;
	}

	@Override
	public List<ArticleView> articles(ArticleQuery query, CurrentUser reader) {
		return articles.articles(query, reader);
	}

	@Override
	public Optional<ArticleView> article(UUID id, CurrentUser reader) {
		return articles.article(id, reader);
	}

	@Override
	public ArticleView writeArticle(SaveArticle command, CurrentUser by) {
		return articles.write(command, by);
	}

	@Override
	public ArticleView changeArticle(UUID id, SaveArticle command, CurrentUser by) {
		return articles.change(id, command, by);
	}

	@Override
	public ArticleView moveArticle(UUID id, ArticleStatus to, Integer version, CurrentUser by) {
		return articles.move(id, to, version, by);
	}

	@Override
	public ArticleView draftFromRequest(UUID requestId, CurrentUser by) {
		return articles.draftFromRequest(requestId, by);
	}

	@Override
	public ArticleView answerHelpful(UUID id, boolean helpful, CurrentUser by) {
		return articles.answerHelpful(id, helpful, by);
	}

	@Override
	public Optional<Boolean> helpfulAnswer(UUID articleId, CurrentUser reader) {
		return articles.helpfulAnswer(articleId, reader);
	}

	@Override
	public boolean mayWrite(UUID functionId, CurrentUser user) {
		return KnowledgeRules.mayWrite(functionId, user);
	}

	@Override
	public boolean mayEdit(ArticleView article, CurrentUser user) {
		return KnowledgeRules.mayEdit(article, user);
	}

	@Override
	public boolean mayPublish(ArticleView article, CurrentUser user) {
		return KnowledgeRules.mayPublish(article, user);
	}

	@Override
	public List<DocumentView> documents(UUID functionId) {
		return documents.documents(functionId);
	}

	@Override
	public Optional<DocumentView> document(UUID id) {
		return documents.document(id);
	}

	@Override
	public List<DocumentVersionView> versions(UUID documentId) {
		return documents.versions(documentId);
	}

	@Override
	public Optional<DocumentVersionView> version(UUID documentId, int number) {
		return documents.version(documentId, number);
	}

	@Override
	public boolean mayGovern(UUID functionId, CurrentUser user) {
		return KnowledgeRules.mayGovern(functionId, user);
	}

	@Override
	public DocumentView createDocument(NewDocument command, CurrentUser by) {
		return documents.create(command, by);
	}

	@Override
	public DocumentView reviseDocument(UUID id, NewVersion command, CurrentUser by) {
		return documents.revise(id, command, by);
	}

	@Override
	public DocumentView createDocument(NewDocument command, LinkServices services, CurrentUser by) {
		return documents.createLinked(command, services, by);
	}

	@Override
	public DocumentServices documentServices(UUID documentId) {
		return documents.services(documentId);
	}

	@Override
	public DocumentView linkServices(UUID documentId, LinkServices command, CurrentUser by) {
		return documents.linkServices(documentId, command, by);
	}

	@Override
	public Optional<DocumentView> routineOf(UUID serviceId) {
		return documents.routineOf(serviceId);
	}

	@Override
	public List<DocumentView> reviewsOverdue(UUID functionId, LocalDate today) {
		return documents.overdue(functionId, today);
	}

	@Override
	public int remindOwners(LocalDate today) {
		return documents.remindOwners(today);
	}

}
