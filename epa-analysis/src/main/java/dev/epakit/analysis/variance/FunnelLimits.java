package dev.epakit.analysis.variance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Funnel-plot control limits and z-scores for a pass rate, after Spiegelhalter (2005), "Funnel
 * plots for comparing institutional performance", <i>Statistics in Medicine</i> 24:1185-1202.
 *
 * <p>For a two-sided level {@code L} the limits are the {@code p = (1 - L) / 2} and {@code 1 - p}
 * points of the distribution of the observed rate {@code y = r / n} when the true rate is the
 * target {@code theta}:
 *
 * <ul>
 *   <li>{@link FunnelMethod#EXACT_BINOMIAL}: {@code r_p} is the smallest count with {@code
 *       P(R <= r_p) >= p} under Binomial(n, theta); {@code alpha = (P(R <= r_p) - p) / P(R =
 *       r_p)}; the limit is {@code (r_p - alpha) / n}. The interpolation makes the limits a smooth
 *       function of n (the paper's appendix). A limit that would fall below 0 is cut to 0.
 *   <li>{@link FunnelMethod#NORMAL}: {@code theta +/- z_p s} with {@code s = sqrt(theta (1 -
 *       theta) / n)}, cut to [0, 1].
 *   <li>{@link FunnelMethod#ARCSINE}: on the scale {@code asin(sqrt(y))}, whose variance is
 *       {@code 1 / (4n)} whatever theta; limits {@code sin^2(asin(sqrt(theta)) +/- z_p / (2
 *       sqrt(n)))}, the angle kept within [0, pi/2].
 * </ul>
 *
 * <p>Overdispersion ({@link LimitAdjustment}) widens the limits. Multiplicative: the standard
 * error {@code s} becomes {@code s sqrt(phi)} (phi &gt; 1 only), and an exact limit {@code y_p}
 * becomes {@code theta + (y_p - theta) sqrt(phi)} (Spiegelhalter 2005, section 5). Additive: the
 * variance {@code s^2} becomes {@code s^2 + tau^2} on the method's scale (proportion for exact and
 * normal, arcsine for arcsine); for the exact method the distance of {@code y_p} from theta is
 * scaled by {@code sqrt((s^2 + tau^2) / s^2)}, the same widening the normal limits receive (the
 * paper gives the additive limits on the normal scale only; this is our extension).
 *
 * <p>Stateless and thread-safe.
 */
public final class FunnelLimits {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private FunnelLimits() {}

  /**
   * Computes unadjusted limits.
   *
   * @param method how to compute; not null
   * @param target the rate to surround, in (0, 1)
   * @param n the number of results, in {@code 1..Integer.MAX_VALUE}
   * @param level the two-sided level, in (0, 1)
   * @return the limits, never {@code null}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static ControlLimits of(FunnelMethod method, double target, long n, double level) {
    return of(method, target, n, level, LimitAdjustment.none());
  }

  /**
   * Computes limits widened for overdispersion.
   *
   * @param method how to compute; not null
   * @param target the rate to surround, in (0, 1)
   * @param n the number of results, in {@code 1..Integer.MAX_VALUE}
   * @param level the two-sided level, in (0, 1)
   * @param adjustment the widening for overdispersion; not null
   * @return the limits, never {@code null}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static ControlLimits of(
      FunnelMethod method, double target, long n, double level, LimitAdjustment adjustment) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(adjustment, "adjustment");
    checkArguments(target, n, level);
    double pLow = (1 - level) / 2;
    double pHigh = (1 + level) / 2;
    double s = standardError(method, target, n);
    double k = adjustment.inflation(s);
    double lower;
    double upper;
    switch (method) {
      case EXACT_BINOMIAL -> {
        lower = target + (interpolatedBinomialQuantile((int) n, target, pLow) - target) * k;
        upper = target + (interpolatedBinomialQuantile((int) n, target, pHigh) - target) * k;
      }
      case NORMAL -> {
        double z = STANDARD_NORMAL.inverseCumulativeProbability(pHigh);
        lower = target - z * s * k;
        upper = target + z * s * k;
      }
      case ARCSINE -> {
        double z = STANDARD_NORMAL.inverseCumulativeProbability(pHigh);
        double angle = Math.asin(Math.sqrt(target));
        double lowAngle = Math.max(0, angle - z * s * k);
        double highAngle = Math.min(Math.PI / 2, angle + z * s * k);
        lower = square(Math.sin(lowAngle));
        upper = square(Math.sin(highAngle));
      }
      default -> throw new AssertionError(method);
    }
    lower = Math.min(target, Math.max(0, lower));
    upper = Math.max(target, Math.min(1, upper));
    return new ControlLimits(method, target, n, level, adjustment, lower, upper);
  }

  /**
   * Computes limits for a range of n, to draw the funnel.
   *
   * @param method how to compute; not null
   * @param target the rate to surround, in (0, 1)
   * @param level the two-sided level, in (0, 1)
   * @param adjustment the widening for overdispersion; not null
   * @param ns the values of n, each in {@code 1..Integer.MAX_VALUE}; not null
   * @return the limits in the order of {@code ns}, an unmodifiable list, never {@code null}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static List<ControlLimits> curve(
      FunnelMethod method, double target, double level, LimitAdjustment adjustment, long... ns) {
    Objects.requireNonNull(ns, "ns");
    List<ControlLimits> curve = new ArrayList<>(ns.length);
    for (long n : ns) {
      curve.add(of(method, target, n, level, adjustment));
    }
    return List.copyOf(curve);
  }

  /**
   * Returns the interpolated binomial quantile of Spiegelhalter (2005), appendix: the {@code p}
   * point of the observed rate when the count is Binomial(n, theta), interpolated between counts.
   * It may be negative for small n and p; {@link #of} cuts limits to [0, 1].
   *
   * @param n the number of trials, at least one
   * @param theta the success probability, in (0, 1)
   * @param p the probability, in (0, 1)
   * @return {@code (r_p - alpha) / n}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double interpolatedBinomialQuantile(int n, double theta, double p) {
    checkArguments(theta, n, 0.5);
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1): " + p);
    }
    BinomialDistribution binomial = BinomialDistribution.of(n, theta);
    int r = binomial.inverseCumulativeProbability(p);
    double atR = binomial.cumulativeProbability(r);
    double belowR = r > 0 ? binomial.cumulativeProbability(r - 1) : 0;
    double alpha = (atR - p) / (atR - belowR);
    return (r - alpha) / n;
  }

  /**
   * Returns the unadjusted standard error of the observed rate on the method's z-score scale:
   * {@code sqrt(theta (1 - theta) / n)} for the exact and normal methods, {@code 1 / (2 sqrt(n))}
   * on the arcsine scale.
   *
   * @param method the funnel method; not null
   * @param target the expected rate, in (0, 1)
   * @param n the number of results, at least one
   * @return the standard error, positive
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double standardError(FunnelMethod method, double target, long n) {
    Objects.requireNonNull(method, "method");
    checkArguments(target, n, 0.5);
    return method == FunnelMethod.ARCSINE
        ? 1 / (2 * Math.sqrt(n))
        : Math.sqrt(target * (1 - target) / n);
  }

  /**
   * Returns the z-score of an observed rate on the method's scale, {@code (y - theta) / s} on the
   * proportion scale or {@code (asin(sqrt(y)) - asin(sqrt(theta))) 2 sqrt(n)} on the arcsine
   * scale, adjusted for overdispersion (multiplicative: divided by {@code sqrt(phi)} when phi
   * &gt; 1; additive: {@code s^2} replaced by {@code s^2 + tau^2}).
   *
   * @param method the funnel method; not null
   * @param target the expected rate, in (0, 1)
   * @param n the number of results, at least one
   * @param observedRate the observed rate, in [0, 1]
   * @param adjustment the overdispersion adjustment; not null
   * @return the z-score, finite
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double zScore(
      FunnelMethod method, double target, long n, double observedRate, LimitAdjustment adjustment) {
    Objects.requireNonNull(adjustment, "adjustment");
    if (!(observedRate >= 0 && observedRate <= 1)) {
      throw new IllegalArgumentException("observed rate must be in [0, 1]: " + observedRate);
    }
    double s = standardError(method, target, n);
    double difference =
        method == FunnelMethod.ARCSINE
            ? Math.asin(Math.sqrt(observedRate)) - Math.asin(Math.sqrt(target))
            : observedRate - target;
    return difference / (s * adjustment.inflation(s));
  }

  static void checkArguments(double target, long n, double level) {
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target rate must be in (0, 1): " + target);
    }
    if (n < 1 || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("n must be in 1.." + Integer.MAX_VALUE + ": " + n);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1): " + level);
    }
  }

  private static double square(double x) {
    return x * x;
  }
}
