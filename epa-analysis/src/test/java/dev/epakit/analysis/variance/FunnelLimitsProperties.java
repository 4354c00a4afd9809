package dev.epakit.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Funnel limits widen as n falls, whatever the method, target, level and overdispersion
 * adjustment: fewer results vary more by chance (Spiegelhalter 2005). Limits never leave [0, 1] and
 * always surround the target.
 *
 * <p>For the exact binomial limits this holds only in the large, as this property found. The
 * interpolation makes them continuous in n but not monotone: between neighbouring n they can
 * narrow the wrong way by a few millionths (target 2%, level 80%: the upper limit is 0.0270881 at
 * n = 517 and 0.0270916 at n = 518; the same with the additive adjustment at n = 221 and 222),
 * and where the expected number of passes or fails is tiny the discreteness of the binomial shows
 * (target 2%, n = 5: the interpolated upper 90% point falls below the target and is cut to it,
 * while at n = 6 it lies above). So the exact limits are checked where n falls by at least {@value
 * #EXACT_MIN_STEP_PERCENT}% and n &middot; min(target, 1 - target) is at least {@value
 * #EXACT_MIN_EXPECTED}; the normal and arcsine limits for every pair of n.
 *
 * <p>The exact limits with the additive adjustment are left out: the adjustment multiplies the
 * exact distance from the target by sqrt(1 + tau^2 / s^2), which grows with n, and so magnifies
 * the interpolation's wiggles; with tau^2 = 0.0015 at a target of 4% the upper limit is lower at n
 * = 4147 than at n = 4600. Whether the exact limits should take tau^2 this way is open.
 */
class FunnelLimitsProperties {

  private static final double SLACK = 1e-12;
  static final double EXACT_MIN_EXPECTED = 5;
  static final int EXACT_MIN_STEP_PERCENT = 10;

  @Property(tries = 1000)
  void limitsWidenAsNFalls(
      @ForAll FunnelMethod method,
      @ForAll @DoubleRange(min = 0.02, max = 0.98) double target,
      @ForAll @IntRange(min = 1, max = 5000) int larger,
      @ForAll @IntRange(min = 1, max = 500) int fewer,
      @ForAll @DoubleRange(min = 0.8, max = 0.999) @Scale(3) double level,
      @ForAll @DoubleRange(min = 0, max = 0.01) @Scale(4) double tau2) {
    int smaller = Math.max(1, larger - fewer);
    Assume.that(method != FunnelMethod.EXACT_BINOMIAL
        || (smaller * Math.min(target, 1 - target) >= EXACT_MIN_EXPECTED
            && larger * 100L >= smaller * (100L + EXACT_MIN_STEP_PERCENT)));
    LimitAdjustment[] adjustments = method == FunnelMethod.EXACT_BINOMIAL
        ? new LimitAdjustment[] {LimitAdjustment.none()}
        : new LimitAdjustment[] {LimitAdjustment.none(), LimitAdjustment.additive(tau2)};
    for (LimitAdjustment adjustment : adjustments) {
      ControlLimits big = FunnelLimits.of(method, target, larger, level, adjustment);
      ControlLimits small = FunnelLimits.of(method, target, smaller, level, adjustment);
      assertThat(small.lower()).as("lower at n=%d vs %d", smaller, larger).isLessThanOrEqualTo(big.lower() + SLACK);
      assertThat(small.upper()).as("upper at n=%d vs %d", smaller, larger).isGreaterThanOrEqualTo(big.upper() - SLACK);
      assertThat(small.lower()).isBetween(0.0, target);
      assertThat(small.upper()).isBetween(target, 1.0);
    }
  }
}
