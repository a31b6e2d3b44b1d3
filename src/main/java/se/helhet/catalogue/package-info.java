/**
 * Catalogue: the central functions' common service catalogue — services with their
 * versioned forms, required competence, SLA, confidentiality, retention, checklist and
 * governing routine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tjänstekatalog")
package se.helhet.catalogue;
