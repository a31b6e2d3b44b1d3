package se.helhet.knowledge;

import java.util.UUID;

/** An article was written, changed, published, archived or restored. */
public record ArticleChanged(UUID articleId, UUID functionId, ArticleStatus status) implements KnowledgeEvents {
}
