/**
 * Swedish search analysis: the hunspell dictionary of LanguageTool, compound splitting,
 * stemming, synonyms, typo-tolerant queries and escaped snippets — the building blocks of
 * the knowledge module's index.
 */
package se.helhet.knowledge.internal.search;
