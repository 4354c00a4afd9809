package dev.epakit.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.control.Either;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Overdispersion as in Spiegelhalter (2005), section 5: winsorised phi and the additive tau-squared.
 *
 * <p>The paper's own worked examples (NHS trusts) need data that are not reproduced in the paper in
 * full, so the estimator is checked on a small hand-computed dataset instead.
 */
class OverdispersionTest {

  /**
   * Ten z-scores with equal standard errors 0.1 (weights 100).
   *
   * <pre>
   * sorted z: -3 -1 -0.5 0 0 0.5 1 1.5 2 4
   * 10th percentile (type 7): h = 9 * 0.1 = 0.9  -> -3 + 0.9 * (-1 + 3) = -1.2
   * 90th percentile:          h = 9 * 0.9 = 8.1  ->  2 + 0.1 * (4 - 2)  =  2.2
   * winsorised: -1.2 -1 -0.5 0 0 0.5 1 1.5 2 2.2
   * sum of squares: 1.44 + 1 + 0.25 + 0 + 0 + 0.25 + 1 + 2.25 + 4 + 4.84 = 15.03
   * phi = 15.03 / 10 = 1.503
   * tau^2 = (10 * 1.503 - 9) / (1000 - 100000 / 1000) = 6.03 / 900 = 0.0067
   * p = P(chi^2_9 >= 15.03) = 0.0901152173...
   * </pre>
   */
  @Test
  void handComputedDataset() {
    double[] z = {4, -3, 0, 1.5, -1, 0, 2, -0.5, 1, 0.5};
    double[] se = new double[10];
    Arrays.fill(se, 0.1);

    Overdispersion od = Overdispersion.estimate(z, se).get();

    assertThat(od.units()).isEqualTo(10);
    assertThat(od.lowerWinsorLimit()).isCloseTo(-1.2, within(1e-12));
    assertThat(od.upperWinsorLimit()).isCloseTo(2.2, within(1e-12));
    assertThat(od.phi()).isCloseTo(1.503, within(1e-12));
    assertThat(od.tau2()).isCloseTo(0.0067, within(1e-12));
    assertThat(od.pValue()).isCloseTo(0.09011521733393672, within(1e-9));
    assertThat(od.adjustment(OverdispersionAdjustment.MULTIPLICATIVE).kind())
        .isEqualTo(OverdispersionAdjustment.MULTIPLICATIVE);
    assertThat(od.adjustment(OverdispersionAdjustment.MULTIPLICATIVE).phi())
        .isCloseTo(1.503, within(1e-12));
    assertThat(od.adjustment(OverdispersionAdjustment.ADDITIVE).tau2()).isCloseTo(0.0067, within(1e-12));
    assertThat(od.adjustment(OverdispersionAdjustment.NONE)).isEqualTo(LimitAdjustment.none());
  }

  /**
   * Unequal weights, to check the denominator {@code sum w - sum w^2 / sum w}.
   *
   * <pre>
   * se: five of 0.1 (w = 100) and five of 0.2 (w = 25): sum w = 625, sum w^2 = 53125,
   * denominator = 625 - 53125 / 625 = 625 - 85 = 540.
   * z: five of 2 and five of -2: the percentiles are -2 and 2, so winsorising changes nothing;
   * phi = 4, I phi - (I - 1) = 40 - 9 = 31, tau^2 = 31 / 540.
   * </pre>
   */
  @Test
  void derSimonianLairdDenominatorWithUnequalWeights() {
    double[] z = {2, -2, 2, -2, 2, -2, 2, -2, 2, -2};
    double[] se = {0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.2, 0.2, 0.2, 0.2};

    Overdispersion od = Overdispersion.estimate(z, se).get();

    assertThat(od.phi()).isCloseTo(4.0, within(1e-12));
    assertThat(od.tau2()).isCloseTo(31.0 / 540, within(1e-12));
  }

  @Test
  void tauSquaredIsZeroWhenPhiIsSmall() {
    double[] z = {0.1, -0.1, 0.2, -0.2, 0.3, -0.3, 0, 0, 0.1, -0.1};
    double[] se = new double[10];
    Arrays.fill(se, 0.05);

    Overdispersion od = Overdispersion.estimate(z, se).get();

    assertThat(od.phi()).isLessThan(0.9);
    assertThat(od.tau2()).isZero();
    assertThat(od.adjustment(OverdispersionAdjustment.ADDITIVE)).isEqualTo(LimitAdjustment.additive(0));
  }

  @Test
  void fewerThanTenAssessorsIsInsufficientNotANumber() {
    double[] z = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    double[] se = new double[9];
    Arrays.fill(se, 0.1);

    Either<Insufficiency, Overdispersion> od = Overdispersion.estimate(z, se);

    assertThat(od.isLeft()).isTrue();
    assertThat(od.getLeft().reason()).isEqualTo(InsufficiencyReason.TOO_FEW_ASSESSORS);
    assertThat(od.getLeft().available()).isEqualTo(9);
    assertThat(od.getLeft().message()).contains("at least 10");
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> Overdispersion.estimate(new double[] {1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Overdispersion.estimate(new double[] {Double.NaN}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Overdispersion.estimate(new double[] {1}, new double[] {0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Overdispersion(9, 1, 0, 0.5, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
