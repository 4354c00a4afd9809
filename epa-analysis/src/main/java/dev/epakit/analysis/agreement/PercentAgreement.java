package dev.epakit.analysis.agreement;

import java.util.Objects;

/**
 * Percent agreement between two raters: the share of units graded the same ({@link
 * #exact(ConfusionMatrix)}), or within a given number of grades of each other on the declared
 * order ({@link #withinOne(ConfusionMatrix)}, {@link #within(ConfusionMatrix, int)}).
 *
 * <p>The share is a binomial proportion over the n rated units. The {@link Estimate} carries the
 * standard error sqrt(p(1 - p)/n), the one irrCAC's {@code pa2.table} reports, and a Wilson score
 * interval (95% unless another level is asked for), which stays inside [0, 1] and keeps a sensible
 * width at p = 0 or 1. Percent agreement takes no account of chance; read it beside a kappa. The
 * result is {@link Insufficient} when fewer than 2 units were rated.
 *
 * <p>Stateless and thread-safe. Use {@link CohenKappa.Accumulator} to build the table from a
 * stream of grades.
 */
public final class PercentAgreement {

  private PercentAgreement() {}

  /**
   * The share of units both raters put in the same category.
   *
   * @param table the two raters' cross-tabulation, not {@code null}
   * @return the estimate or the reason there is none, never {@code null}
   */
  public static AgreementResult exact(ConfusionMatrix table) {
    return within(table, 0, Inference.DEFAULT_LEVEL);
  }

  /**
   * The share of units the raters graded at most one category apart on the declared order.
   *
   * @param table the two raters' cross-tabulation, not {@code null}
   * @return the estimate or the reason there is none, never {@code null}
   */
  public static AgreementResult withinOne(ConfusionMatrix table) {
    return within(table, 1, Inference.DEFAULT_LEVEL);
  }

  /**
   * The share of units the raters graded at most {@code distance} categories apart.
   *
   * @param table the two raters' cross-tabulation, not {@code null}
   * @param distance the largest gap still counted as agreement, not negative
   * @return the estimate or the reason there is none, never {@code null}
   * @throws IllegalArgumentException if {@code distance} is negative
   */
  public static AgreementResult within(ConfusionMatrix table, int distance) {
    return within(table, distance, Inference.DEFAULT_LEVEL);
  }

  /**
   * The share of units graded at most {@code distance} categories apart, with a Wilson interval at
   * the given level.
   *
   * @param table the two raters' cross-tabulation, not {@code null}
   * @param distance the largest gap still counted as agreement, not negative
   * @param level confidence level in (0, 1)
   * @return the estimate or the reason there is none, never {@code null}
   * @throws IllegalArgumentException if {@code distance} is negative or the level out of range
   */
  public static AgreementResult within(ConfusionMatrix table, int distance, double level) {
    Objects.requireNonNull(table, "table");
    if (distance < 0) {
      throw new IllegalArgumentException("distance must not be negative, was " + distance);
    }
    Interval.checkLevel(level);
    long total = table.total();
    SampleSize n = SampleSize.of(total, 2);
    if (total < 2) {
      return Insufficient.of("fewer than 2 rated pairs", n);
    }
    long agree = 0;
    int k = table.size();
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (Math.abs(i - j) <= distance) {
          agree += table.count(i, j);
        }
      }
    }
    double nn = total;
    double p = agree / nn;
    double se = Math.sqrt(p * (1.0 - p) / nn);
    return Estimate.of(p, n).withStandardError(se).withInterval(wilson(p, nn, level));
  }

  private static Interval wilson(double p, double n, double level) {
    double z = Inference.normalCritical(level);
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return Interval.of(Math.max(0.0, centre - half), Math.min(1.0, centre + half), level);
  }
}
