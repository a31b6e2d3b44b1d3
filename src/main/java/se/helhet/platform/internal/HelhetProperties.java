package se.helhet.platform.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Helhet's own settings.
 *
 * @param dataDir where the embedded database and files live ({@code helhet.data-dir},
 * default {@code ./data})
 * @param demo demo mode settings
 */
@ConfigurationProperties("helhet")
public record HelhetProperties(Path dataDir, Demo demo) {

	public HelhetProperties {
		dataDir = dataDir == null ? Path.of("./data") : dataDir;
		demo = demo == null ? new Demo(null, 20261128L, 1) : demo;
	}

	/**
	 * @param enabled null means: on with the embedded database, off otherwise
	 * @param seed the demo generator's seed
	 * @param scale size of the generated municipality: 1 is the demo, larger ones are for
	 * the load harness under bench/
	 */
	public record Demo(Boolean enabled, Long seed, Integer scale) {

		public Demo {
			seed = seed == null ? 20261128L : seed;
			scale = scale == null || scale < 1 ? 1 : scale;
		}

	}

}
