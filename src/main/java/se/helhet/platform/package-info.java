/**
 * Platform: security, user accounts and API tokens, demo mode, i18n, the UI shell and the
 * start page that the other modules contribute to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plattform")
package se.helhet.platform;
