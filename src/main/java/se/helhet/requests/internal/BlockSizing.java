package se.helhet.requests.internal;

/**
 * How many registration numbers a node reserves at once: twice the last block while the
 * last one was used up within a second (a burst), half of it when intake is calm, never
 * fewer than one or more than the maximum.
 */
final class BlockSizing {

	private BlockSizing() {
	}

	static int nextSize(int lastSize, boolean lastUsedUpInABurst, int max) {
		int size = lastUsedUpInABurst ? lastSize * 2 : lastSize / 2;
		return Math.max(1, Math.min(max, size));
	}

}
