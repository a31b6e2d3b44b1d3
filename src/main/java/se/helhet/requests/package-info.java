/**
 * Requests: ärenden from intake to closing — registration numbers, lifecycle, comments,
 * time, checklists, attachments, confidentiality, notifications and the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ärenden")
package se.helhet.requests;
