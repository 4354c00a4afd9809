package dev.epakit.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Funnel limits after Spiegelhalter (2005), "Funnel plots for comparing institutional
 * performance", Statistics in Medicine 24:1185-1202.
 *
 * <p>The exact limits use the interpolation of the paper's appendix (as also published in SAS/IML
 * form by Wicklin, "Funnel plots for proportions", The DO Loop, 23 November 2011): {@code r_p} is
 * the smallest count with {@code F(r_p) >= p}, {@code alpha = (F(r_p) - p) / (F(r_p) - F(r_p -
 * 1))} and the limit is {@code (r_p - alpha) / n}. For Binomial(10, 1/2) every cumulative
 * probability is a multiple of 1/1024, so the limits can be derived by hand; they are worked out
 * in each test.
 */
class FunnelLimitsTest {

  private static final double Z_975 = 1.959963984540054; // qnorm(0.975)
  private static final double Z_999 = 3.090232306167813; // qnorm(0.999)

  @Test
  void exactLimitsForTenTrialsAtOneHalfAreDerivedByHand() {
    // p = 0.975: F(7) = 968/1024 < p <= F(8) = 1013/1024, so r = 8;
    //   alpha = (1013 - 998.4) / 45 = 14.6 / 45; limit = (8 - 14.6/45) / 10 = 0.76755...
    // p = 0.025: F(1) = 11/1024 < p <= F(2) = 56/1024, so r = 2;
    //   alpha = (56 - 25.6) / 45 = 30.4 / 45; limit = (2 - 30.4/45) / 10 = 0.13244...
    ControlLimits limits = FunnelLimits.of(FunnelMethod.EXACT_BINOMIAL, 0.5, 10, 0.95);

    assertThat(limits.upper()).isCloseTo((8 - 14.6 / 45) / 10, within(1e-12));
    assertThat(limits.lower()).isCloseTo((2 - 30.4 / 45) / 10, within(1e-12));
  }

  @Test
  void exactLimitsAtNinetyNinePointEightPercent() {
    // p = 0.999: F(8) = 1013/1024 < p <= F(9) = 1023/1024, r = 9;
    //   alpha = (1023 - 1022.976) / 10 = 0.0024; limit = (9 - 0.0024) / 10 = 0.89976
    // p = 0.001: F(0) = 1/1024 < p <= F(1) = 11/1024, r = 1;
    //   alpha = (11 - 1.024) / 10 = 0.9976; limit = (1 - 0.9976) / 10 = 0.00024
    ControlLimits limits = FunnelLimits.of(FunnelMethod.EXACT_BINOMIAL, 0.5, 10, 0.998);

    assertThat(limits.upper()).isCloseTo(0.89976, within(1e-12));
    assertThat(limits.lower()).isCloseTo(0.00024, within(1e-12));
  }

  @Test
  void interpolatedQuantileMatchesTheFormulaAtAnotherPoint() {
    // Binomial(50, 0.8), values of the appendix formula evaluated with an independent binomial
    // CDF: r_0.975 = 45, alpha = 0.22024110061345448; r_0.001 = 31, alpha = 0.9572048837518776.
    assertThat(FunnelLimits.interpolatedBinomialQuantile(50, 0.8, 0.975))
        .isCloseTo((45 - 0.22024110061345448) / 50, within(1e-9));
    assertThat(FunnelLimits.interpolatedBinomialQuantile(50, 0.8, 0.001))
        .isCloseTo((31 - 0.9572048837518776) / 50, within(1e-9));
    assertThat(FunnelLimits.interpolatedBinomialQuantile(50, 0.8, 0.025))
        .isCloseTo(0.672906116647942, within(1e-9));
    assertThat(FunnelLimits.interpolatedBinomialQuantile(50, 0.8, 0.999))
        .isCloseTo(0.9452238567924922, within(1e-9));
  }

  @Test
  void exactLimitIsCutAtZeroWhenTheInterpolationGoesBelow() {
    // Binomial(5, 0.1): F(0) = 0.59049 >= 0.001, r = 0, alpha = (0.59049 - 0.001) / 0.59049,
    // limit = -alpha / 5 < 0, cut to 0.
    assertThat(FunnelLimits.interpolatedBinomialQuantile(5, 0.1, 0.001))
        .isCloseTo(-(0.59049 - 0.001) / 0.59049 / 5, within(1e-12));
    assertThat(FunnelLimits.of(FunnelMethod.EXACT_BINOMIAL, 0.1, 5, 0.998).lower()).isZero();
  }

  @Test
  void normalLimitsAreTargetPlusMinusZTimesTheBinomialStandardError() {
    // 0.5 +/- 1.959964 * sqrt(0.25 / 100) = 0.5 +/- 0.0979982
    ControlLimits limits = FunnelLimits.of(FunnelMethod.NORMAL, 0.5, 100, 0.95);
    assertThat(limits.lower()).isCloseTo(0.5 - Z_975 * 0.05, within(1e-12));
    assertThat(limits.upper()).isCloseTo(0.5 + Z_975 * 0.05, within(1e-12));
    assertThat(limits.upper()).isCloseTo(0.5979981992270027, within(1e-12));

    // 0.8 +/- 3.090232 * sqrt(0.16 / 50)
    ControlLimits alarm = FunnelLimits.of(FunnelMethod.NORMAL, 0.8, 50, 0.998);
    assertThat(alarm.lower()).isCloseTo(0.6251900624693597, within(1e-12));
    assertThat(alarm.upper()).isCloseTo(0.9748099375306404, within(1e-12));
  }

  @Test
  void arcsineLimitsAtOneHalfHaveAClosedForm() {
    // asin(sqrt(0.5)) = pi/4 and sin^2(pi/4 +/- d) = (1 +/- sin 2d) / 2 with d = z / (2 sqrt(n)).
    double d = Z_975 / (2 * Math.sqrt(100));
    ControlLimits limits = FunnelLimits.of(FunnelMethod.ARCSINE, 0.5, 100, 0.95);

    assertThat(limits.lower()).isCloseTo((1 - Math.sin(2 * d)) / 2, within(1e-12));
    assertThat(limits.upper()).isCloseTo((1 + Math.sin(2 * d)) / 2, within(1e-12));
    assertThat(limits.lower()).isCloseTo(0.40262802350236904, within(1e-12));
  }

  @Test
  void arcsineLimitsAwayFromOneHalf() {
    // sin^2(asin(sqrt(0.8)) +/- 3.090232 / (2 sqrt(50)))
    ControlLimits limits = FunnelLimits.of(FunnelMethod.ARCSINE, 0.8, 50, 0.998);

    assertThat(limits.lower()).isCloseTo(0.6025061454943179, within(1e-12));
    assertThat(limits.upper()).isCloseTo(0.9411027906375922, within(1e-12));
  }

  @Test
  void arcsineAngleIsKeptWithinItsRange() {
    ControlLimits limits = FunnelLimits.of(FunnelMethod.ARCSINE, 0.99, 5, 0.998);
    assertThat(limits.upper()).isEqualTo(1.0);
  }

  @Test
  void multiplicativeAdjustmentWidensByRootPhi() {
    LimitAdjustment phi4 = LimitAdjustment.multiplicative(4);

    ControlLimits normal = FunnelLimits.of(FunnelMethod.NORMAL, 0.5, 100, 0.95, phi4);
    assertThat(normal.upper()).isCloseTo(0.5 + 2 * Z_975 * 0.05, within(1e-12));

    // Exact: theta + (y_p - theta) * sqrt(phi), Spiegelhalter (2005), section 5.
    ControlLimits exact =
        FunnelLimits.of(
            FunnelMethod.EXACT_BINOMIAL, 0.5, 10, 0.95, LimitAdjustment.multiplicative(1.21));
    assertThat(exact.upper()).isCloseTo(0.5 + 1.1 * ((8 - 14.6 / 45) / 10 - 0.5), within(1e-12));
    assertThat(exact.lower()).isCloseTo(0.5 + 1.1 * ((2 - 30.4 / 45) / 10 - 0.5), within(1e-12));
    // Widened beyond 1 by phi = 4, the upper limit is cut to 1.
    assertThat(FunnelLimits.of(FunnelMethod.EXACT_BINOMIAL, 0.5, 10, 0.95, phi4).upper())
        .isEqualTo(1.0);

    double d = 2 * Z_975 / (2 * Math.sqrt(100));
    ControlLimits arcsine = FunnelLimits.of(FunnelMethod.ARCSINE, 0.5, 100, 0.95, phi4);
    assertThat(arcsine.upper()).isCloseTo((1 + Math.sin(2 * d)) / 2, within(1e-12));
  }

  @Test
  void multiplicativeAdjustmentBelowOneChangesNothing() {
    assertThat(FunnelLimits.of(FunnelMethod.NORMAL, 0.5, 100, 0.95, LimitAdjustment.multiplicative(0.5)).upper())
        .isEqualTo(FunnelLimits.of(FunnelMethod.NORMAL, 0.5, 100, 0.95).upper());
  }

  @Test
  void additiveAdjustmentAddsTauSquaredToTheVariance() {
    // s^2 = 0.0025, tau^2 = 0.0075: sqrt(s^2 + tau^2) = 0.1
    LimitAdjustment tau = LimitAdjustment.additive(0.0075);

    ControlLimits normal = FunnelLimits.of(FunnelMethod.NORMAL, 0.5, 100, 0.95, tau);
    assertThat(normal.lower()).isCloseTo(0.5 - Z_975 * 0.1, within(1e-12));
    assertThat(normal.upper()).isCloseTo(0.5 + Z_975 * 0.1, within(1e-12));

    // On the arcsine scale s^2 = 1 / 400; tau^2 = 0.0075 gives sqrt(0.01) = 0.1.
    ControlLimits arcsine = FunnelLimits.of(FunnelMethod.ARCSINE, 0.5, 100, 0.95, tau);
    assertThat(arcsine.upper()).isCloseTo((1 + Math.sin(2 * Z_975 * 0.1)) / 2, within(1e-12));
  }

  @Test
  void zScoresOnBothScales() {
    // (0.6 - 0.5) / 0.05 = 2
    assertThat(FunnelLimits.zScore(FunnelMethod.NORMAL, 0.5, 100, 0.6, LimitAdjustment.none()))
        .isCloseTo(2.0, within(1e-12));
    // additive: 0.1 / sqrt(0.0025 + 0.0075) = 1
    assertThat(
            FunnelLimits.zScore(FunnelMethod.NORMAL, 0.5, 100, 0.6, LimitAdjustment.additive(0.0075)))
        .isCloseTo(1.0, within(1e-12));
    // multiplicative: 2 / sqrt(4) = 1
    assertThat(
            FunnelLimits.zScore(
                FunnelMethod.EXACT_BINOMIAL, 0.5, 100, 0.6, LimitAdjustment.multiplicative(4)))
        .isCloseTo(1.0, within(1e-12));
    // arcsine: (asin(sqrt(0.6)) - pi/4) * 2 * 10
    assertThat(FunnelLimits.zScore(FunnelMethod.ARCSINE, 0.5, 100, 0.6, LimitAdjustment.none()))
        .isCloseTo((Math.asin(Math.sqrt(0.6)) - Math.PI / 4) * 20, within(1e-12));
  }

  @Test
  void limitsNarrowAsNGrows() {
    List<ControlLimits> curve =
        FunnelLimits.curve(
            FunnelMethod.EXACT_BINOMIAL, 0.7, 0.998, LimitAdjustment.none(), 10, 20, 50, 100, 1000);

    for (int i = 1; i < curve.size(); i++) {
      assertThat(curve.get(i).upper()).isLessThanOrEqualTo(curve.get(i - 1).upper());
      assertThat(curve.get(i).lower()).isGreaterThanOrEqualTo(curve.get(i - 1).lower());
    }
  }

  @Test
  void allMethodsAgreeForLargeN() {
    double exact = FunnelLimits.of(FunnelMethod.EXACT_BINOMIAL, 0.7, 100_000, 0.95).upper();
    double normal = FunnelLimits.of(FunnelMethod.NORMAL, 0.7, 100_000, 0.95).upper();
    double arcsine = FunnelLimits.of(FunnelMethod.ARCSINE, 0.7, 100_000, 0.95).upper();

    assertThat(exact).isCloseTo(normal, within(1e-4));
    assertThat(arcsine).isCloseTo(normal, within(1e-4));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> FunnelLimits.of(FunnelMethod.NORMAL, 0, 10, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("target");
    assertThatThrownBy(() -> FunnelLimits.of(FunnelMethod.NORMAL, 1, 10, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FunnelLimits.of(FunnelMethod.NORMAL, 0.5, 0, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n must be");
    assertThatThrownBy(() -> FunnelLimits.of(FunnelMethod.NORMAL, 0.5, 10, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("level");
    assertThatThrownBy(() -> FunnelLimits.zScore(FunnelMethod.NORMAL, 0.5, 10, 1.2, LimitAdjustment.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LimitAdjustment.additive(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LimitAdjustment.multiplicative(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
