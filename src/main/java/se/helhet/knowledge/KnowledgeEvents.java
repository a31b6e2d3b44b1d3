package se.helhet.knowledge;

/**
 * What the knowledge module tells the rest of Helhet (the search index listens), as
 * records published inside the transaction of the change.
 */
public sealed interface KnowledgeEvents permits ArticlePublished, ArticleChanged, DocumentChanged {

}
