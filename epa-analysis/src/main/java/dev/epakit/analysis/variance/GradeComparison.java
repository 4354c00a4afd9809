package dev.epakit.analysis.variance;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.apache.commons.statistics.inference.GTest;
import org.apache.commons.statistics.inference.SignificanceResult;

/**
 * A comparison of one assessor's grade distribution with the rest of the pool: the 2 x K table of
 * grade counts (this assessor, every other assessor) tested for independence by Pearson's
 * chi-square and the G (likelihood-ratio) test of Commons Statistics, and by an exact test when an
 * expected count is small.
 *
 * <p>Grades that no one in the table used are dropped before testing (their expected counts would
 * be zero) and listed in {@link #unusedGrades()}; if fewer than two grades remain, there is no
 * distribution to compare and the test is refused with {@link
 * InsufficiencyReason#GRADE_NEVER_USED}.
 *
 * <p>An exact test is run when any expected count is below 5 (Cochran's rule): Fisher's exact test
 * (two-sided) for two grades; for more grades a Monte Carlo test of the Pearson statistic over
 * tables with the same margins, drawn with a caller-given seed, with p-value {@code (1 + #{X* >=
 * X}) / (B + 1)} as R's {@code chisq.test(simulate.p.value = TRUE)}; without a seed, {@link
 * ExactTestMethod#NOT_COMPUTED}. {@link #pValue()} is the exact p-value when there is one, and
 * Pearson's otherwise.
 *
 * <p>The test is not adjusted for case mix: it compares raw grade distributions.
 *
 * <p>Immutable and thread-safe; no component is ever {@code null}.
 *
 * @param assessorN the assessor's number of graded results, positive
 * @param restN the rest of the pool's number of graded results, positive
 * @param testedGrades the grade indexes in the table, at least two, ascending
 * @param unusedGrades grade indexes of the scale dropped because no one used them, ascending
 * @param degreesOfFreedom {@code testedGrades.size() - 1}
 * @param chiSquare Pearson's statistic
 * @param chiSquarePValue its p-value
 * @param gStatistic the G statistic
 * @param gPValue its p-value
 * @param minimumExpected the smallest expected count of the table
 * @param exactMethod the exact test run, if any
 * @param exactPValue the exact p-value, present for {@link ExactTestMethod#FISHER} and {@link
 *     ExactTestMethod#MONTE_CARLO}
 * @param pValue the p-value to use: exact when present, Pearson's otherwise
 * @param assessorMeanGrade the assessor's mean grade index (a direction: higher is more generous)
 * @param restMeanGrade the rest of the pool's mean grade index
 */
public record GradeComparison(
    long assessorN,
    long restN,
    List<Integer> testedGrades,
    List<Integer> unusedGrades,
    int degreesOfFreedom,
    double chiSquare,
    double chiSquarePValue,
    double gStatistic,
    double gPValue,
    double minimumExpected,
    ExactTestMethod exactMethod,
    OptionalDouble exactPValue,
    double pValue,
    double assessorMeanGrade,
    double restMeanGrade) {

  /** The expected count below which an exact test is called for. */
  public static final double SMALL_EXPECTED_COUNT = 5;

  /** Checks the components. */
  public GradeComparison {
    testedGrades = List.copyOf(testedGrades);
    unusedGrades = List.copyOf(unusedGrades);
    Objects.requireNonNull(exactMethod, "exactMethod");
    Objects.requireNonNull(exactPValue, "exactPValue");
    if (assessorN < 1 || restN < 1 || testedGrades.size() < 2) {
      throw new IllegalArgumentException("need both rows non-empty and at least two grades");
    }
    if (degreesOfFreedom != testedGrades.size() - 1) {
      throw new IllegalArgumentException("degrees of freedom must be grades - 1");
    }
    boolean exact =
        exactMethod == ExactTestMethod.FISHER || exactMethod == ExactTestMethod.MONTE_CARLO;
    if (exact != exactPValue.isPresent()) {
      throw new IllegalArgumentException("exact p-value present iff an exact test was run");
    }
    for (double p : new double[] {chiSquarePValue, gPValue, pValue}) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("p-values must be in [0, 1]");
      }
    }
  }

  /**
   * Tests an assessor's grade counts against the rest of the pool's.
   *
   * @param assessorCounts the assessor's count at each grade of the scale; not null
   * @param restCounts every other assessor's count at each grade, same length; not null
   * @param monteCarloSeed the seed for a Monte Carlo exact test, or empty to skip that test
   * @param monteCarloReplicates the number of simulated tables, at least 1
   * @return the test, or an insufficiency (no graded result for the assessor or for the rest,
   *     fewer than two grades used); never {@code null}
   * @throws IllegalArgumentException if the lengths differ, a count is negative or the number of
   *     replicates is below 1
   */
  public static Either<Insufficiency, GradeComparison> of(
      long[] assessorCounts,
      long[] restCounts,
      OptionalLong monteCarloSeed,
      int monteCarloReplicates) {
    Objects.requireNonNull(assessorCounts, "assessorCounts");
    Objects.requireNonNull(restCounts, "restCounts");
    Objects.requireNonNull(monteCarloSeed, "monteCarloSeed");
    if (assessorCounts.length != restCounts.length) {
      throw new IllegalArgumentException("assessor and rest counts differ in length");
    }
    if (monteCarloReplicates < 1) {
      throw new IllegalArgumentException("need at least one Monte Carlo replicate");
    }
    long assessorN = 0;
    long restN = 0;
    List<Integer> tested = new ArrayList<>();
    List<Integer> unused = new ArrayList<>();
    for (int g = 0; g < assessorCounts.length; g++) {
      if (assessorCounts[g] < 0 || restCounts[g] < 0) {
        throw new IllegalArgumentException("negative grade count at grade " + g);
      }
      assessorN += assessorCounts[g];
      restN += restCounts[g];
      (assessorCounts[g] + restCounts[g] > 0 ? tested : unused).add(g);
    }
    if (assessorCounts.length == 0 || assessorN == 0) {
      return Either.left(
          Insufficiency.of(
              InsufficiencyReason.NO_GRADES, assessorN, "the assessor has no graded result"));
    }
    if (restN == 0) {
      return Either.left(
          Insufficiency.of(
              InsufficiencyReason.NO_REST_OF_POOL,
              assessorN,
              "no other assessor has a graded result to compare with"));
    }
    if (tested.size() < 2) {
      return Either.left(
          Insufficiency.of(
              InsufficiencyReason.GRADE_NEVER_USED,
              assessorN,
              "only " + tested.size() + " grade of " + assessorCounts.length
                  + " is used in the pool; unused grades: " + unused));
    }
    int k = tested.size();
    long[][] table = new long[2][k];
    double assessorSum = 0;
    double restSum = 0;
    for (int j = 0; j < k; j++) {
      int g = tested.get(j);
      table[0][j] = assessorCounts[g];
      table[1][j] = restCounts[g];
      assessorSum += (double) g * assessorCounts[g];
      restSum += (double) g * restCounts[g];
    }
    double total = assessorN + restN;
    double minimumExpected = Double.POSITIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      double column = table[0][j] + table[1][j];
      minimumExpected = Math.min(minimumExpected, Math.min(assessorN, restN) * column / total);
    }
    SignificanceResult pearson = ChiSquareTest.withDefaults().test(table);
    SignificanceResult g = GTest.withDefaults().test(table);
    ExactTestMethod method;
    OptionalDouble exact = OptionalDouble.empty();
    if (minimumExpected >= SMALL_EXPECTED_COUNT) {
      method = ExactTestMethod.NOT_NEEDED;
    } else if (k == 2 && total <= Integer.MAX_VALUE) {
      method = ExactTestMethod.FISHER;
      int[][] small = {
        {(int) table[0][0], (int) table[0][1]}, {(int) table[1][0], (int) table[1][1]}
      };
      exact = OptionalDouble.of(FisherExactTest.withDefaults().test(small).getPValue());
    } else if (monteCarloSeed.isPresent() && total <= Integer.MAX_VALUE) {
      method = ExactTestMethod.MONTE_CARLO;
      exact =
          OptionalDouble.of(
              monteCarloPValue(
                  table, pearson.getStatistic(), monteCarloSeed.getAsLong(), monteCarloReplicates));
    } else {
      method = ExactTestMethod.NOT_COMPUTED;
    }
    return Either.right(
        new GradeComparison(
            assessorN,
            restN,
            tested,
            unused,
            k - 1,
            pearson.getStatistic(),
            pearson.getPValue(),
            g.getStatistic(),
            g.getPValue(),
            minimumExpected,
            method,
            exact,
            exact.orElse(pearson.getPValue()),
            assessorSum / assessorN,
            restSum / restN));
  }

  // Draws the first row as a multivariate hypergeometric sample, one column at a time, so every
  // simulated table has the observed margins.
  private static double monteCarloPValue(
      long[][] observed, double statistic, long seed, int replicates) {
    int k = observed[0].length;
    int[] columns = new int[k];
    int rowOne = 0;
    int total = 0;
    for (int j = 0; j < k; j++) {
      columns[j] = (int) (observed[0][j] + observed[1][j]);
      rowOne += (int) observed[0][j];
      total += columns[j];
    }
    // As R: a simulated statistic counts when >= the observed one less a relative 64 ulps.
    double threshold = statistic * (1 - 64 * Math.ulp(1.0));
    SplittableRandom random = new SplittableRandom(seed);
    ChiSquareTest pearson = ChiSquareTest.withDefaults();
    long[][] simulated = new long[2][k];
    int atLeast = 0;
    for (int b = 0; b < replicates; b++) {
      int population = total;
      int draws = rowOne;
      for (int j = 0; j < k - 1; j++) {
        int x =
            draws == 0
                ? 0
                : HypergeometricDistribution.of(population, columns[j], draws)
                    .inverseCumulativeProbability(random.nextDouble());
        simulated[0][j] = x;
        simulated[1][j] = columns[j] - x;
        population -= columns[j];
        draws -= x;
      }
      simulated[0][k - 1] = draws;
      simulated[1][k - 1] = columns[k - 1] - draws;
      if (pearson.statistic(simulated) >= threshold) {
        atLeast++;
      }
    }
    return (1.0 + atLeast) / (replicates + 1.0);
  }
}
