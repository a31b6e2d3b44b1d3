package se.helhet.knowledge;

import java.util.UUID;

/** An article became readable by its audience. */
public record ArticlePublished(UUID articleId, UUID functionId) implements KnowledgeEvents {
}
