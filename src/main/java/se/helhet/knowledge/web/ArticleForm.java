package se.helhet.knowledge.web;

import se.helhet.knowledge.ArticleView;

/**
 * The article form as typed, so that a refused form comes back as it was.
 *
 * @param functionId the function (the administrator chooses; staff write for their own)
 * @param title title
 * @param body Markdown
 * @param tags comma-separated
 * @param audience FORVALTNINGAR or FUNKTIONEN
 * @param owner username of the owner
 */
public record ArticleForm(String functionId, String title, String body, String tags, String audience, String owner) {

	static ArticleForm empty() {
		return new ArticleForm("", "", "", "", "FORVALTNINGAR", "");
	}

	static ArticleForm of(ArticleView article) {
		return new ArticleForm(article.functionId().toString(), article.title(), article.body(),
				String.join(", ", article.tags()), article.audience().name(), article.owner());
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

}
