package se.helhet.knowledge.internal;

/** What a search hit is; the names are the API's {@code type}. */
public enum SearchType {

	SERVICE, ARTICLE, DOCUMENT, REQUEST

}
