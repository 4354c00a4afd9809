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
 * <p>One exception, found by this property: the interpolated exact binomial limits are not monotone
 * in n when the expected number of passes or of fails is tiny. With a target of 2% and n = 5, the
 * 90% point of the count is 0, the interpolated upper limit falls below the target and is cut to
 * it, while at n = 6 it lies above. The discreteness of the binomial shows through; the property is
 * therefore checked for the exact method only where n &middot; min(target, 1 - target) is at least
 * {@value #EXACT_MIN_EXPECTED}.
 *
 * <p>A second one: with the additive overdispersion adjustment, the exact limits are the exact
 * distance from the target scaled by sqrt(1 + tau^2 / s^2), a factor that grows with n while the
 * distance shrinks in small interpolation steps; for neighbouring n the product can narrow the
 * wrong way by a few millionths (target 3%, tau^2 = 0.0002, n = 221 against 222). Exact limits are
 * therefore checked unadjusted here; the normal and arcsine limits with the adjustment too.
 */
class FunnelLimitsProperties {

  private static final double SLACK = 1e-12;
  static final double EXACT_MIN_EXPECTED = 5;

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
        || smaller * Math.min(target, 1 - target) >= EXACT_MIN_EXPECTED);
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
