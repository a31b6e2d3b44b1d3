package se.helhet.events;

/**
 * One field that differs between the approved version of an event and the change waiting
 * for review, as the editor reads it.
 *
 * @param labelKey the message key of the field's name
 * @param before the approved value, readable ("" when empty)
 * @param after the value waiting for review
 */
public record FieldChange(String labelKey, String before, String after) {
}
