package se.helhet.requests.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockSizingTests {

	@Test
	void aCalmDayTakesOneNumberAtATime() {
		assertThat(BlockSizing.nextSize(1, false, 32)).isEqualTo(1);
	}

	@Test
	void aBurstDoublesTheBlockUpToTheMaximum() {
		assertThat(BlockSizing.nextSize(1, true, 32)).isEqualTo(2);
		assertThat(BlockSizing.nextSize(16, true, 32)).isEqualTo(32);
		assertThat(BlockSizing.nextSize(32, true, 32)).isEqualTo(32);
	}

	@Test
	void calmAfterABurstShrinksTheBlockBackTowardsOne() {
		assertThat(BlockSizing.nextSize(32, false, 32)).isEqualTo(16);
		assertThat(BlockSizing.nextSize(2, false, 32)).isEqualTo(1);
	}

	@Test
	void aMaximumOfOneMeansNoBlocksAtAll() {
		assertThat(BlockSizing.nextSize(1, true, 1)).isEqualTo(1);
	}

}
