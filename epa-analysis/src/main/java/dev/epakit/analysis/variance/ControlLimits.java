package dev.epakit.analysis.variance;

import java.util.Objects;

/**
 * Lower and upper funnel-plot control limits for a pass rate, at one level and one n.
 *
 * <p>A rate strictly above {@link #upper()} is "high" at this level and strictly below {@link
 * #lower()} is "low"; a rate on a limit is within. Limits are proportions in [0, 1].
 *
 * <p>Immutable and thread-safe; no component is ever {@code null}.
 *
 * @param method how the limits were computed
 * @param target the rate the limits surround, in (0, 1)
 * @param n the number of results, at least one
 * @param level the two-sided level, in (0, 1), such as 0.95 or 0.998
 * @param adjustment the overdispersion adjustment applied
 * @param lower the lower limit, in [0, target]
 * @param upper the upper limit, in [target, 1]
 */
public record ControlLimits(
    FunnelMethod method,
    double target,
    long n,
    double level,
    LimitAdjustment adjustment,
    double lower,
    double upper) {

  /** Checks the components. */
  public ControlLimits {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(adjustment, "adjustment");
    FunnelLimits.checkArguments(target, n, level);
    if (!(lower >= 0 && lower <= target && upper >= target && upper <= 1)) {
      throw new IllegalArgumentException(
          "need 0 <= lower <= target <= upper <= 1, got " + lower + ", " + target + ", " + upper);
    }
  }

  /**
   * Tells whether a rate lies strictly above the upper limit.
   *
   * @param rate an observed rate
   * @return true if {@code rate > upper()}
   */
  public boolean isAbove(double rate) {
    return rate > upper;
  }

  /**
   * Tells whether a rate lies strictly below the lower limit.
   *
   * @param rate an observed rate
   * @return true if {@code rate < lower()}
   */
  public boolean isBelow(double rate) {
    return rate < lower;
  }
}
