/**
 * Routing: who gets a new request at intake — by competence, presence, the förvaltning's
 * named contact, load against capacity and continuity, with an explanation to read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tilldelning")
package se.helhet.routing;
