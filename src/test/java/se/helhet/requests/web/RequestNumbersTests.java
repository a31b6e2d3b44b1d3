package se.helhet.requests.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestNumbersTests {

	@Test
	void aNumberTypedLooselyMeansTheRegisteredNumber() {
		assertThat(RequestNumbers.normalise("hr 2026/123")).isEqualTo("HR 2026/00123");
		assertThat(RequestNumbers.normalise("  HR  2026 / 00123 ")).isEqualTo("HR 2026/00123");
		assertThat(RequestNumbers.normalise("ek2026/4")).isEqualTo("EK 2026/00004");
		assertThat(RequestNumbers.normalise("KOM 2026/01234")).isEqualTo("KOM 2026/01234");
	}

	@Test
	void somethingElseIsLeftAsTypedForTheLookupToFindNothing() {
		assertThat(RequestNumbers.normalise("inte ett nummer")).isEqualTo("INTE ETT NUMMER");
		assertThat(RequestNumbers.normalise(null)).isEmpty();
	}

}
