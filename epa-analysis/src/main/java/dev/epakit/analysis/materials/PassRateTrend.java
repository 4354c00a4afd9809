package dev.epakit.analysis.materials;

import dev.epakit.analysis.variance.Insufficiency;
import dev.epakit.analysis.variance.InsufficiencyReason;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.SignificanceResult;

/**
 * Pass rates over consecutive periods (months, quarters, years) and two tests of change: the
 * Cochran-Armitage test for a linear trend in proportions with equally spaced period scores
 * (Cochran 1954, "Some methods for strengthening the common chi-square tests", <i>Biometrics</i>
 * 10:417-451; Armitage 1955, "Tests for linear trends in proportions and frequencies",
 * <i>Biometrics</i> 11:375-386), computed as R's {@code prop.trend.test}, and Pearson's chi-square
 * test of homogeneity of the 2 x T table (Commons Statistics).
 *
 * <p>The trend statistic, with {@code x_t} passes of {@code n_t} in period {@code t}, score {@code
 * s_t}, overall rate {@code p} and {@code s̄ = sum n_t s_t / N}, is {@code [sum x_t (s_t - s̄)]^2
 * / (p (1 - p) sum n_t (s_t - s̄)^2)} on 1 degree of freedom. Scores are the periods' positions in
 * the calendar, so a period without results leaves a gap rather than moving later periods closer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param periods the periods with results, in calendar order
 * @param trendChiSquare the Cochran-Armitage statistic, not negative
 * @param trendPValue its upper-tail p-value on 1 degree of freedom
 * @param slope the direction and size of the trend: the weighted least-squares slope of the pass
 *     rate on the period score (change in pass rate per period)
 * @param homogeneityChiSquare Pearson's chi-square for equal pass rates in every period
 * @param homogeneityDegreesOfFreedom {@code periods.size() - 1}
 * @param homogeneityPValue its p-value
 */
public record PassRateTrend(
    List<PeriodRate> periods,
    double trendChiSquare,
    double trendPValue,
    double slope,
    double homogeneityChiSquare,
    int homogeneityDegreesOfFreedom,
    double homogeneityPValue) {

  /**
   * The pass count of one period.
   *
   * @param period the period's position in the calendar (its score), not negative
   * @param n results in the period, positive
   * @param passes passes among them, from 0 to {@code n}
   */
  public record PeriodRate(int period, long n, long passes) {
    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is out of range
     */
    public PeriodRate {
      if (period < 0 || n < 1 || passes < 0 || passes > n) {
        throw new IllegalArgumentException("need period >= 0, n >= 1 and 0 <= passes <= n");
      }
    }

    /**
     * Returns the pass rate.
     *
     * @return {@code passes / n}
     */
    public double rate() {
      return (double) passes / n;
    }
  }

  /**
   * Checks the components and copies the list.
   *
   * @throws IllegalArgumentException if there are fewer than two periods or a statistic is out of
   *     range
   */
  public PassRateTrend {
    periods = List.copyOf(periods);
    if (periods.size() < 2 || homogeneityDegreesOfFreedom != periods.size() - 1) {
      throw new IllegalArgumentException("need two periods and df = periods - 1");
    }
    if (!(trendPValue >= 0 && trendPValue <= 1) || !(homogeneityPValue >= 0
        && homogeneityPValue <= 1)) {
      throw new IllegalArgumentException("p-values must be in [0, 1]");
    }
  }

  /**
   * Tests pass counts by period for a trend and for homogeneity.
   *
   * @param passes passes in each period, indexed by calendar position; not null
   * @param totals results in each period, same length; a zero total skips the period; not null
   * @return the tests, or an insufficiency: fewer than two periods with results ({@link
   *     InsufficiencyReason#TOO_FEW_PERIODS}), or every result a pass or every one a fail ({@link
   *     InsufficiencyReason#ALL_RESULTS_IDENTICAL}); never {@code null}
   * @throws IllegalArgumentException if the lengths differ or a count is out of range
   */
  public static Either<Insufficiency, PassRateTrend> of(long[] passes, long[] totals) {
    Objects.requireNonNull(passes, "passes");
    Objects.requireNonNull(totals, "totals");
    if (passes.length != totals.length) {
      throw new IllegalArgumentException("passes and totals differ in length");
    }
    List<PeriodRate> periods = new ArrayList<>();
    long n = 0;
    long x = 0;
    for (int t = 0; t < totals.length; t++) {
      if (totals[t] < 0 || passes[t] < 0 || passes[t] > totals[t]) {
        throw new IllegalArgumentException("period " + t + ": need 0 <= passes <= total");
      }
      if (totals[t] > 0) {
        periods.add(new PeriodRate(t, totals[t], passes[t]));
        n += totals[t];
        x += passes[t];
      }
    }
    if (periods.size() < 2) {
      return Either.left(Insufficiency.of(InsufficiencyReason.TOO_FEW_PERIODS, n,
          periods.size() + " period(s) with results; a trend needs at least 2"));
    }
    if (x == 0 || x == n) {
      return Either.left(Insufficiency.of(InsufficiencyReason.ALL_RESULTS_IDENTICAL, n,
          "every result is a " + (x == 0 ? "fail" : "pass") + "; pass rates cannot differ"));
    }
    int k = periods.size();
    long[] xs = new long[k];
    long[] ns = new long[k];
    double[] scores = new double[k];
    long[][] table = new long[2][k];
    for (int i = 0; i < k; i++) {
      PeriodRate p = periods.get(i);
      xs[i] = p.passes();
      ns[i] = p.n();
      scores[i] = p.period();
      table[0][i] = p.passes();
      table[1][i] = p.n() - p.passes();
    }
    double chi = cochranArmitage(xs, ns, scores);
    double p = ChiSquaredDistribution.of(1).survivalProbability(chi);
    SignificanceResult homogeneity = ChiSquareTest.withDefaults().test(table);
    return Either.right(new PassRateTrend(periods, chi, p, slope(xs, ns, scores),
        homogeneity.getStatistic(), k - 1, homogeneity.getPValue()));
  }

  /**
   * The Cochran-Armitage chi-square for trend in proportions, as R's {@code prop.trend.test(x, n,
   * score)}.
   *
   * @param passes events in each group; not null
   * @param totals trials in each group, each positive, same length; not null
   * @param scores the score of each group, same length, not all equal; not null
   * @return the statistic on 1 degree of freedom, not negative
   * @throws IllegalArgumentException if the lengths differ, a total is not positive, the overall
   *     proportion is 0 or 1, or all scores are equal
   */
  public static double cochranArmitage(long[] passes, long[] totals, double[] scores) {
    if (passes.length != totals.length || scores.length != totals.length) {
      throw new IllegalArgumentException("passes, totals and scores differ in length");
    }
    double n = 0;
    double x = 0;
    double weightedScore = 0;
    for (int i = 0; i < totals.length; i++) {
      if (totals[i] < 1) {
        throw new IllegalArgumentException("every total must be positive");
      }
      n += totals[i];
      x += passes[i];
      weightedScore += totals[i] * scores[i];
    }
    double p = x / n;
    double mean = weightedScore / n;
    double numerator = 0;
    double spread = 0;
    for (int i = 0; i < totals.length; i++) {
      numerator += passes[i] * (scores[i] - mean);
      spread += totals[i] * (scores[i] - mean) * (scores[i] - mean);
    }
    if (!(p > 0 && p < 1) || !(spread > 0)) {
      throw new IllegalArgumentException("need 0 < overall proportion < 1 and unequal scores");
    }
    return numerator * numerator / (p * (1 - p) * spread);
  }

  private static double slope(long[] passes, long[] totals, double[] scores) {
    double n = 0;
    double mean = 0;
    for (int i = 0; i < totals.length; i++) {
      n += totals[i];
      mean += totals[i] * scores[i];
    }
    mean /= n;
    double numerator = 0;
    double spread = 0;
    for (int i = 0; i < totals.length; i++) {
      numerator += passes[i] * (scores[i] - mean);
      spread += totals[i] * (scores[i] - mean) * (scores[i] - mean);
    }
    return numerator / spread;
  }
}
