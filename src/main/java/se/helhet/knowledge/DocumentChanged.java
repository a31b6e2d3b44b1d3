package se.helhet.knowledge;

import java.util.UUID;

/** A governing document was created or got a new version. */
public record DocumentChanged(UUID documentId, UUID functionId, int currentVersion) implements KnowledgeEvents {
}
