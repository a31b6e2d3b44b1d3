/**
 * Knowledge: knowledge articles, governing documents, Swedish search, suggestions and
 * similar-request detection — so that no function works twice on the same question.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kunskap")
package se.helhet.knowledge;
