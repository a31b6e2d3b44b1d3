package se.helhet.knowledge.internal.search;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.helhet.bench.SameQuestionEvaluation;
import se.helhet.bench.SameQuestionEvaluation.Counts;
import se.helhet.bench.SameQuestionEvaluation.Figures;
import se.helhet.bench.SameQuestionEvaluation.Pair;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the similar-request figures measured on the labelled pairs
 * (src/test/resources/eval/same-question-pairs.txt; bench/same-question.sh reports them
 * in full). The evaluation is deterministic, so the margins only leave room for small
 * changes elsewhere in the analysis; a change that makes detection worse fails here.
 */
class SameQuestionQualityTests {

	/** Measured on all 360 pairs with SameQuestion.THRESHOLD = 0.07 (bench/README.md). */
	static final double PRECISION = 0.563;

	static final double RECALL = 0.817;

	/** Measured at SameQuestion.CERTAIN = 0.62. */
	static final double CERTAIN_PRECISION = 0.75;

	static final double CERTAIN_RECALL = 0.033;

	static final double MARGIN = 0.02;

	static Figures figures;

	@BeforeAll
	static void evaluate() throws IOException {
		figures = SameQuestionEvaluation.run();
	}

	@Test
	void theSetHasAtLeast300PairsOfBothKinds() {
		List<Pair> pairs = figures.pairs();
		assertThat(pairs).hasSizeGreaterThanOrEqualTo(300);
		assertThat(pairs.stream().filter(Pair::same).count()).isGreaterThanOrEqualTo(150);
		assertThat(pairs.stream().filter((pair) -> !pair.same()).count()).isGreaterThanOrEqualTo(150);
	}

	@Test
	void atTheThresholdPrecisionAndRecallStayAsMeasured() {
		Counts counts = figures.oursAtThreshold(SameQuestionEvaluation.ALL);
		assertThat(counts.precision()).as("precision at THRESHOLD").isGreaterThanOrEqualTo(PRECISION - MARGIN);
		assertThat(counts.recall()).as("recall at THRESHOLD").isGreaterThanOrEqualTo(RECALL - MARGIN);
	}

	@Test
	void theThresholdMakesTheAnswerMorePreciseThanTakingEveryCandidate() {
		double everything = figures.ours().at(figures.pairs(), 0, SameQuestionEvaluation.ALL).precision();
		assertThat(figures.oursAtThreshold(SameQuestionEvaluation.ALL).precision()).isGreaterThan(everything);
	}

	@Test
	void sameQuestionBeatsPlainBm25OnF1() {
		for (var half : List.of(SameQuestionEvaluation.ALL, SameQuestionEvaluation.HELD_OUT)) {
			assertThat(figures.oursAtThreshold(half).f1()).isGreaterThan(figures.baselineAtChosen(half).f1());
		}
	}

	@Test
	void sameQuestionRanksSamePairsAbovePlainBm25OnBothHalves() {
		for (var half : List.of(SameQuestionEvaluation.TUNING, SameQuestionEvaluation.HELD_OUT)) {
			assertThat(figures.ours().averagePrecision(figures.pairs(), half))
				.isGreaterThan(figures.baseline().averagePrecision(figures.pairs(), half));
		}
	}

	@Test
	void atTheStricterThresholdThreeInFourSaidToBeTheSameAreTheSame() {
		Counts counts = figures.ours().at(figures.pairs(), SameQuestion.CERTAIN, SameQuestionEvaluation.ALL);
		assertThat(counts.precision()).as("precision at CERTAIN").isGreaterThanOrEqualTo(CERTAIN_PRECISION - MARGIN);
		assertThat(counts.recall()).as("recall at CERTAIN").isGreaterThanOrEqualTo(CERTAIN_RECALL - MARGIN);
		assertThat(SameQuestion.CERTAIN).isGreaterThan(SameQuestion.THRESHOLD);
	}

}
