package se.helhet.organisation;

import java.util.UUID;

/** A profession or competence of a central function. */
public record NamedItem(UUID id, UUID functionId, String name) {
}
