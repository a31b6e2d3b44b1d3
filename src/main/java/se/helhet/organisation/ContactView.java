package se.helhet.organisation;

import java.util.UUID;

/** A förvaltning's named contact in one central function. */
public record ContactView(UUID forvaltningId, UUID functionId, String functionName, StaffView staff) {
}
