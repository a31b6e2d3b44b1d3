package se.helhet.platform;

/**
 * A module's part of the demo municipality. The platform calls every contributor once, in
 * {@link #order()}, on the first start in demo mode.
 */
public interface DemoDataContributor {

	/**
	 * Lower runs first; the organisation must exist before anything that refers to it.
	 */
	int order();

	/** True when this module's demo data is already in the database. */
	boolean isLoaded();

	void load(DemoSeed seed);

	/**
	 * The seed and size of the generated municipality.
	 *
	 * @param seed random seed; the same seed gives the same municipality
	 * @param scale 1 for the demo municipality; larger for benchmarks
	 */
	record DemoSeed(long seed, int scale) {
	}

}
