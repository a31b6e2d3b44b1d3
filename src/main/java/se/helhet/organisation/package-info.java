/**
 * Organisation: the group (koncern), its förvaltningar, bolag and units, the central
 * functions with their staff, professions, competences and capacity, and each
 * förvaltning's named contacts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package se.helhet.organisation;
