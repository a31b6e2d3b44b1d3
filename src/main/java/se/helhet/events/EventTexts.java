package se.helhet.events;

/**
 * An editor's change to an event's texts: Swedish required, English optional (the English
 * pages fall back to Swedish where it is blank).
 */
public record EventTexts(String titleSv, String titleEn, String descriptionSv, String descriptionEn, Integer version) {

}
