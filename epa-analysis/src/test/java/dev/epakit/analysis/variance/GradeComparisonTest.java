package dev.epakit.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.control.Either;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Grade-distribution comparison of an assessor with the rest of the pool. */
class GradeComparisonTest {

  /**
   * Agresti (2007), An Introduction to Categorical Data Analysis, 2nd ed., p. 39 (Table 2.5): party
   * identification by gender, 2 x 3. Published: Pearson X^2 = 30.1 and G^2 = 30.0 on 2 degrees of
   * freedom. The same table is the example of R's {@code chisq.test} help page, which prints
   * {@code X-squared = 30.07, df = 2, p-value = 2.954e-07}; the full-precision values below
   * (30.070149095754672, p = 2.9535891832117...e-07) are that statistic to more digits, and G =
   * 30.016692613239655 is {@code 2 sum O log(O / E)} for the same table.
   */
  @Test
  void agrestiPartyIdentificationByGender() {
    long[] female = {762, 327, 468};
    long[] male = {484, 239, 477};

    GradeComparison test = GradeComparison.of(female, male, OptionalLong.empty(), 2000).get();

    assertThat(test.chiSquare()).isCloseTo(30.1, within(0.05));
    assertThat(test.chiSquare()).isCloseTo(30.070149095754672, within(1e-6));
    assertThat(test.chiSquarePValue()).isCloseTo(2.954e-07, within(0.001e-07));
    assertThat(test.chiSquarePValue()).isCloseTo(2.9535891832117e-07, within(1e-12));
    assertThat(test.gStatistic()).isCloseTo(30.0, within(0.05));
    assertThat(test.gStatistic()).isCloseTo(30.016692613239655, within(1e-6));
    assertThat(test.degreesOfFreedom()).isEqualTo(2);
    assertThat(test.exactMethod()).isEqualTo(ExactTestMethod.NOT_NEEDED);
    assertThat(test.exactPValue()).isEmpty();
    assertThat(test.pValue()).isEqualTo(test.chiSquarePValue());
    assertThat(test.assessorN()).isEqualTo(1557);
    assertThat(test.restN()).isEqualTo(1200);
    // mean grade index: (327 + 2 * 468) / 1557 and (239 + 2 * 477) / 1200
    assertThat(test.assessorMeanGrade()).isCloseTo(1263.0 / 1557, within(1e-12));
    assertThat(test.restMeanGrade()).isCloseTo(1193.0 / 1200, within(1e-12));
  }

  /**
   * Fisher's tea-tasting experiment, as in the example of R's {@code fisher.test} help page (after
   * Agresti 2002, Categorical Data Analysis, p. 91): 3 of 4 cups guessed right each way; published
   * one-sided p = 0.2429 (17/70). The hypergeometric distribution of this table is symmetric, so the
   * two-sided p-value is 34/70 = 0.4857.
   */
  @Test
  void fisherExactForTwoGradesWithSmallCounts() {
    GradeComparison test =
        GradeComparison.of(new long[] {3, 1}, new long[] {1, 3}, OptionalLong.empty(), 2000).get();

    assertThat(test.exactMethod()).isEqualTo(ExactTestMethod.FISHER);
    assertThat(test.exactPValue()).hasValueCloseTo(34.0 / 70, within(1e-9));
    assertThat(test.pValue()).isCloseTo(34.0 / 70, within(1e-9));
    assertThat(test.minimumExpected()).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void unusedGradesAreDroppedAndListed() {
    // Grade 0 (Fail) and grade 3 (Distinction) used by no one.
    GradeComparison test =
        GradeComparison.of(
                new long[] {0, 40, 60, 0}, new long[] {0, 400, 300, 0}, OptionalLong.empty(), 2000)
            .get();

    assertThat(test.testedGrades()).containsExactly(1, 2);
    assertThat(test.unusedGrades()).containsExactly(0, 3);
    assertThat(test.degreesOfFreedom()).isEqualTo(1);
  }

  @Test
  void onlyOneGradeUsedIsInsufficient() {
    Either<Insufficiency, GradeComparison> test =
        GradeComparison.of(new long[] {0, 25, 0}, new long[] {0, 300, 0}, OptionalLong.empty(), 10);

    assertThat(test.getLeft().reason()).isEqualTo(InsufficiencyReason.GRADE_NEVER_USED);
    assertThat(test.getLeft().available()).isEqualTo(25);
    assertThat(test.getLeft().message()).contains("unused grades: [0, 2]");
  }

  @Test
  void noGradesOrNoRestAreInsufficient() {
    assertThat(
            GradeComparison.of(new long[] {0, 0}, new long[] {5, 5}, OptionalLong.empty(), 10)
                .getLeft()
                .reason())
        .isEqualTo(InsufficiencyReason.NO_GRADES);
    assertThat(
            GradeComparison.of(new long[] {5, 5}, new long[] {0, 0}, OptionalLong.empty(), 10)
                .getLeft()
                .reason())
        .isEqualTo(InsufficiencyReason.NO_REST_OF_POOL);
  }

  @Test
  void smallExpectedCountsWithManyGradesAndNoSeedAreFlaggedNotComputed() {
    GradeComparison test =
        GradeComparison.of(
                new long[] {2, 10, 8, 0}, new long[] {20, 300, 250, 30}, OptionalLong.empty(), 100)
            .get();

    assertThat(test.exactMethod()).isEqualTo(ExactTestMethod.NOT_COMPUTED);
    assertThat(test.exactPValue()).isEmpty();
    assertThat(test.pValue()).isEqualTo(test.chiSquarePValue());
  }

  @Test
  void monteCarloIsReproducibleWithASeedAndCloseToTheAsymptoticValueForModerateCounts() {
    long[] assessor = {2, 10, 8, 0};
    long[] rest = {20, 300, 250, 30};

    GradeComparison first = GradeComparison.of(assessor, rest, OptionalLong.of(42), 4000).get();
    GradeComparison again = GradeComparison.of(assessor, rest, OptionalLong.of(42), 4000).get();

    assertThat(first.exactMethod()).isEqualTo(ExactTestMethod.MONTE_CARLO);
    assertThat(first.exactPValue()).isEqualTo(again.exactPValue());
    assertThat(first.exactPValue().getAsDouble()).isBetween(1.0 / 4001, 1.0);
    // The simulated p-value estimates the exact permutation p-value; for these margins it is near
    // the chi-square approximation.
    assertThat(first.exactPValue().getAsDouble()).isCloseTo(first.chiSquarePValue(), within(0.1));
  }

  @Test
  void monteCarloFindsAnExtremeTableExtreme() {
    // The assessor gave the top grade to all 12 of theirs; the rest gave it to 5 of 600.
    GradeComparison test =
        GradeComparison.of(
                new long[] {0, 0, 12}, new long[] {100, 495, 5}, OptionalLong.of(7), 999)
            .get();

    assertThat(test.exactPValue()).hasValue(1.0 / 1000);
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(
            () -> GradeComparison.of(new long[] {1}, new long[] {1, 2}, OptionalLong.empty(), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> GradeComparison.of(new long[] {-1, 2}, new long[] {1, 2}, OptionalLong.empty(), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> GradeComparison.of(new long[] {1, 2}, new long[] {1, 2}, OptionalLong.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
