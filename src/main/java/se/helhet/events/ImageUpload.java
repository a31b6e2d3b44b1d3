package se.helhet.events;

/**
 * An image as the organiser uploaded it, before it is checked and resized.
 *
 * @param filename the name on the organiser's computer, for messages only
 */
public record ImageUpload(String filename, byte[] bytes) {

	public long size() {
		return bytes.length;
	}

}
