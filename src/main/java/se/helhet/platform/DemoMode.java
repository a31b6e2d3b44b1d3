package se.helhet.platform;

/**
 * Whether this installation runs with demo data, demo passwords and demo tokens. On by
 * default with the embedded database, off by default with PostgreSQL;
 * {@code helhet.demo.enabled} overrides both.
 */
public interface DemoMode {

	boolean enabled();

}
