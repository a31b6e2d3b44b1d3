package se.helhet.platform;

import java.util.List;
import java.util.Locale;

/** A module that shows something on the start page of the people it concerns. */
public interface HomeContributor {

	List<HomeCard> cardsFor(CurrentUser user, Locale locale);

}
