package se.helhet.events.internal;

import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.platform.ConflictException;

/**
 * An editor's or organiser's save is written only onto the version their form was read
 * at: a save made on an older version would silently undo what someone else saved in
 * between, so it is refused and they are asked to reload instead.
 */
final class VersionedUpdate {

	private VersionedUpdate() {
	}

	/**
	 * Runs the update with {@code :version} bound to the version the form was read at;
	 * the statement raises the version itself.
	 * @throws ConflictException from {@code stale} when no row was updated
	 */
	static void run(int version, Supplier<ConflictException> stale, JdbcClient.StatementSpec update) {
		if (update.param("version", version).update() == 0) {
			throw stale.get();
		}
	}

}
