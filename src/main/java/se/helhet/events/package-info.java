/**
 * Events: the city's events programme — Kulturnatten and the all-year calendar — from the
 * organiser's submission through moderation to the visitor's own night, with public
 * pages, iCalendar feeds and an open JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evenemang")
package se.helhet.events;
