package se.helhet.platform;

import java.util.List;

/**
 * One card on a person's start page. Texts are already localised by the contributing
 * module.
 *
 * @param heading card heading
 * @param lead one sentence under the heading, may be empty
 * @param items the rows of the card
 * @param emptyText shown when there are no items
 * @param actions links under the card
 * @param order lower comes first
 */
public record HomeCard(String heading, String lead, List<Item> items, String emptyText, List<Link> actions, int order) {

	public HomeCard {
		items = List.copyOf(items);
		actions = List.copyOf(actions);
	}

	/**
	 * A row: a label, a detail and an optional link.
	 */
	public record Item(String label, String detail, String href) {
	}

	/** A link with its text. */
	public record Link(String text, String href) {
	}

}
