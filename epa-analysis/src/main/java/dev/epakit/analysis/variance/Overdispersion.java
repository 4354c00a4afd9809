package dev.epakit.analysis.variance;

import io.vavr.control.Either;
import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * How much more the assessors vary than chance allows, estimated as in Spiegelhalter (2005),
 * "Funnel plots for comparing institutional performance", <i>Statistics in Medicine</i>
 * 24:1185-1202, section 5.
 *
 * <ol>
 *   <li>Each of the {@code I} assessors has a z-score {@code z_i} and a standard error {@code s_i}
 *       on the funnel method's scale (see {@link FunnelLimits#zScore}).
 *   <li>The z-scores are winsorised at 10% in each tail: values below the 10th percentile are set
 *       to it, values above the 90th percentile are set to it. Percentiles are interpolated
 *       between order statistics as R's default {@code quantile(type = 7)} does: at {@code h = (I
 *       - 1) q}, {@code z_(floor h) + (h - floor h)(z_(floor h + 1) - z_(floor h))} (0-based).
 *   <li>{@code phi = (1/I) sum z_i^2} over the winsorised z-scores.
 *   <li>With weights {@code w_i = 1 / s_i^2}, {@code tau^2 = (I phi - (I - 1)) / (sum w - sum w^2
 *       / sum w)}, or zero when {@code I phi < I - 1} (a DerSimonian-Laird-style moment
 *       estimator).
 *   <li>{@code I phi} is compared with a chi-squared distribution on {@code I - 1} degrees of
 *       freedom; {@link #pValue()} is the upper tail. With winsorised z-scores this test is
 *       approximate.
 * </ol>
 *
 * <p>With fewer than {@link #MINIMUM_UNITS} assessors the estimate is refused with {@link
 * InsufficiencyReason#TOO_FEW_ASSESSORS}, following the paper's advice that overdispersion is not
 * estimated reliably from few units.
 *
 * <p>Immutable and thread-safe.
 *
 * @param units the number of assessors {@code I}, at least {@link #MINIMUM_UNITS}
 * @param phi the winsorised dispersion ratio, at least zero; above one means overdispersion
 * @param tau2 the additive between-assessor variance on the z-score scale, at least zero
 * @param pValue the upper-tail probability of {@code I phi} under chi-squared on {@code I - 1}
 *     degrees of freedom, in [0, 1]
 * @param lowerWinsorLimit the 10th percentile of the z-scores
 * @param upperWinsorLimit the 90th percentile of the z-scores
 */
public record Overdispersion(
    int units,
    double phi,
    double tau2,
    double pValue,
    double lowerWinsorLimit,
    double upperWinsorLimit) {

  /** The least number of assessors from which overdispersion is estimated. */
  public static final int MINIMUM_UNITS = 10;

  /** The fraction of z-scores winsorised in each tail. */
  public static final double WINSORISING_FRACTION = 0.1;

  /** Checks the components. */
  public Overdispersion {
    if (units < MINIMUM_UNITS) {
      throw new IllegalArgumentException("need at least " + MINIMUM_UNITS + " units: " + units);
    }
    if (!(phi >= 0) || Double.isInfinite(phi) || !(tau2 >= 0) || Double.isInfinite(tau2)) {
      throw new IllegalArgumentException("phi and tau2 must be finite and >= 0");
    }
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("pValue must be in [0, 1]: " + pValue);
    }
    if (!(lowerWinsorLimit <= upperWinsorLimit)) {
      throw new IllegalArgumentException("winsor limits out of order");
    }
  }

  /**
   * Estimates phi and tau-squared from z-scores and their standard errors.
   *
   * @param zScores the unadjusted z-scores, finite; not null
   * @param standardErrors the standard errors on the same scale, positive and finite, same
   *     length; not null
   * @return the estimate, or an insufficiency if there are fewer than {@link #MINIMUM_UNITS}
   *     units; never {@code null}
   * @throws IllegalArgumentException if the lengths differ or a value is not finite or a standard
   *     error is not positive
   */
  public static Either<Insufficiency, Overdispersion> estimate(
      double[] zScores, double[] standardErrors) {
    Objects.requireNonNull(zScores, "zScores");
    Objects.requireNonNull(standardErrors, "standardErrors");
    int units = zScores.length;
    if (standardErrors.length != units) {
      throw new IllegalArgumentException("zScores and standardErrors differ in length");
    }
    for (int i = 0; i < units; i++) {
      if (!Double.isFinite(zScores[i])) {
        throw new IllegalArgumentException("z-score " + i + " is not finite");
      }
      if (!(standardErrors[i] > 0) || Double.isInfinite(standardErrors[i])) {
        throw new IllegalArgumentException("standard error " + i + " is not positive and finite");
      }
    }
    if (units < MINIMUM_UNITS) {
      return Either.left(
          Insufficiency.of(
              InsufficiencyReason.TOO_FEW_ASSESSORS,
              units,
              "overdispersion needs at least " + MINIMUM_UNITS + " assessable assessors, found "
                  + units + "; limits are not adjusted"));
    }
    double[] sorted = zScores.clone();
    Arrays.sort(sorted);
    double low = quantileType7(sorted, WINSORISING_FRACTION);
    double high = quantileType7(sorted, 1 - WINSORISING_FRACTION);
    double sumSquares = 0;
    double sumW = 0;
    double sumW2 = 0;
    for (int i = 0; i < units; i++) {
      double z = Math.min(high, Math.max(low, zScores[i]));
      sumSquares += z * z;
      double w = 1 / (standardErrors[i] * standardErrors[i]);
      sumW += w;
      sumW2 += w * w;
    }
    double phi = sumSquares / units;
    double excess = units * phi - (units - 1);
    double tau2 = excess > 0 ? excess / (sumW - sumW2 / sumW) : 0;
    double pValue = ChiSquaredDistribution.of(units - 1).survivalProbability(units * phi);
    return Either.right(new Overdispersion(units, phi, tau2, pValue, low, high));
  }

  /**
   * Returns the limit adjustment of a given kind from this estimate: {@code none()}, {@code
   * multiplicative(phi)} (which widens only when phi &gt; 1) or {@code additive(tau2)}.
   *
   * @param kind the kind of adjustment; not null
   * @return the adjustment, never {@code null}
   */
  public LimitAdjustment adjustment(OverdispersionAdjustment kind) {
    return switch (Objects.requireNonNull(kind, "kind")) {
      case NONE -> LimitAdjustment.none();
      case MULTIPLICATIVE -> phi > 0 ? LimitAdjustment.multiplicative(phi) : LimitAdjustment.none();
      case ADDITIVE -> LimitAdjustment.additive(tau2);
    };
  }

  static double quantileType7(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
