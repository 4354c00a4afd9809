package dev.epakit.analysis.materials;

import dev.epakit.analysis.variance.Insufficiency;
import dev.epakit.analysis.variance.InsufficiencyReason;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Cronbach's coefficient alpha (Cronbach 1951, "Coefficient alpha and the internal structure of
 * tests", <i>Psychometrika</i> 16:297-334) of scored items: {@code k / (k - 1) (1 - sum s_i^2 /
 * s_X^2)}, with item variances {@code s_i^2} and total-score variance {@code s_X^2} (both with
 * divisor {@code n - 1}; the ratio does not depend on it). Equals KR-20 for items scored 0/1.
 *
 * <p>Thread-safe: holds no state.
 */
public final class CronbachAlpha {

  private CronbachAlpha() {}

  /**
   * Computes alpha from complete data: one row per candidate, one column per item.
   *
   * @param scores the item scores, rows of equal length; not null, no NaN
   * @return alpha (it may be negative when items correlate negatively), or an insufficiency:
   *     fewer than two items or two candidates ({@link InsufficiencyReason#TOO_FEW_ITEMS}), or a
   *     total score that never varies ({@link InsufficiencyReason#ALL_RESULTS_IDENTICAL}); never
   *     {@code null}
   * @throws IllegalArgumentException if the rows differ in length or a score is not finite
   */
  public static Either<Insufficiency, Double> of(double[][] scores) {
    Objects.requireNonNull(scores, "scores");
    int n = scores.length;
    int k = n == 0 ? 0 : scores[0].length;
    for (double[] row : scores) {
      if (row.length != k) {
        throw new IllegalArgumentException("rows differ in length");
      }
      for (double v : row) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("scores must be finite");
        }
      }
    }
    if (k < 2 || n < 2) {
      return Either.left(Insufficiency.of(InsufficiencyReason.TOO_FEW_ITEMS, n,
          k + " item(s) answered by " + n + " candidate(s); alpha needs at least 2 of each"));
    }
    double itemVariances = 0;
    for (int i = 0; i < k; i++) {
      double mean = 0;
      for (double[] row : scores) {
        mean += row[i] / n;
      }
      double ss = 0;
      for (double[] row : scores) {
        ss += (row[i] - mean) * (row[i] - mean);
      }
      itemVariances += ss / (n - 1);
    }
    double totalMean = 0;
    double[] totals = new double[n];
    for (int r = 0; r < n; r++) {
      for (double v : scores[r]) {
        totals[r] += v;
      }
      totalMean += totals[r] / n;
    }
    double totalSs = 0;
    for (double t : totals) {
      totalSs += (t - totalMean) * (t - totalMean);
    }
    double totalVariance = totalSs / (n - 1);
    if (!(totalVariance > 0)) {
      return Either.left(Insufficiency.of(InsufficiencyReason.ALL_RESULTS_IDENTICAL, n,
          "every candidate has the same total score"));
    }
    return Either.right((double) k / (k - 1) * (1 - itemVariances / totalVariance));
  }
}
