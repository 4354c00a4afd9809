package dev.epakit.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.epakit.analysis.agreement.KrippendorffAlpha.Level;
import org.junit.jupiter.api.Test;

/** Krippendorff's alpha against published figures, bootstrap reproducibility, degenerate cases. */
class KrippendorffAlphaTest {

  private static final double NA = Double.NaN;

  /**
   * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with missing
   * values: 4 observers, 12 units, values 1..5; here one row per unit, one column per observer
   * (A, B, C, D). The same matrix is {@code nmm} in the example of R's {@code irr::kripp.alpha}
   * and irrCAC's {@code cac.raw4raters}.
   */
  static final double[][] KRIPPENDORFF_2011 = {
    {1, 1, NA, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
    {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {NA, 5, 5, 5}, {NA, NA, 1, 1}, {NA, NA, 3, NA}
  };

  /**
   * Krippendorff (2011) reports alpha = 0.743 (nominal), 0.815 (ordinal), 0.849 (interval) and
   * 0.797 (ratio) for this example.
   */
  @Test
  void krippendorff2011AllFourLevels() {
    assertThat(alpha(Level.NOMINAL)).isCloseTo(0.743, within(5e-4));
    assertThat(alpha(Level.ORDINAL)).isCloseTo(0.815, within(5e-4));
    assertThat(alpha(Level.INTERVAL)).isCloseTo(0.849, within(5e-4));
    assertThat(alpha(Level.RATIO)).isCloseTo(0.797, within(5e-4));
  }

  /**
   * More digits for the same data: irrCAC's README ({@code krippen.alpha.raw(cac.raw4raters)})
   * prints 0.74342 and the SimplyAgree vignette "Reliability Analysis" ({@code agree_coef}) prints
   * 0.7434211 for the nominal alpha; with quadratic weights, which on the equally spaced values
   * 1..5 coincide with the interval metric, SimplyAgree prints 0.8491071 and irrCAC's weighting
   * vignette 0.84911.
   */
  @Test
  void moreDigitsFromIrrCacAndSimplyAgree() {
    assertThat(alpha(Level.NOMINAL)).isCloseTo(0.7434211, within(1e-6));
    assertThat(alpha(Level.INTERVAL)).isCloseTo(0.8491071, within(1e-6));
  }

  /**
   * Krippendorff (2011), the coincidence matrix of the example: 40 pairable values; o(1,1) = 7,
   * o(1,2) = 4/3, o(2,2) = 10, o(3,3) = 8, o(4,4) = 4, o(5,5) = 3. Unit 12 (a single value) is
   * not pairable.
   */
  @Test
  void krippendorff2011CoincidenceMatrix() {
    KrippendorffAlpha.Accumulator acc = fill(Level.NOMINAL);

    assertThat(acc.values()).containsExactly(1, 2, 3, 4, 5);
    double[][] o = acc.coincidences();
    assertThat(o[0][0]).isCloseTo(7, within(1e-12));
    assertThat(o[0][1]).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(o[1][1]).isCloseTo(10, within(1e-12));
    assertThat(o[2][2]).isCloseTo(8, within(1e-12));
    assertThat(o[3][3]).isCloseTo(4, within(1e-12));
    assertThat(o[4][4]).isCloseTo(3, within(1e-12));
    double total = 0;
    for (double[] row : o) {
      for (double x : row) {
        total += x;
      }
    }
    assertThat(total).isCloseTo(40, within(1e-12));
    assertThat(acc.unpairable()).isEqualTo(1);
    assertThat(acc.result().n()).isEqualTo(SampleSize.of(11, 4));
  }

  @Test
  void bootstrapIsReproducibleFromItsSeed() {
    KrippendorffAlpha.Accumulator acc = fill(Level.INTERVAL);

    AgreementResult first = acc.bootstrap(2000, 20_111_2L);
    AgreementResult again = acc.bootstrap(2000, 20_111_2L);
    AgreementResult other = acc.bootstrap(2000, 7L);

    assertThat(first).isEqualTo(again);
    assertThat(first).isNotEqualTo(other);
    Estimate e = first.requireEstimate();
    assertThat(e.value()).isCloseTo(0.8491071, within(1e-6));
    assertThat(e.standardError().getAsDouble()).isBetween(0.01, 0.5);
    Interval ci = e.interval().orElseThrow();
    assertThat(ci.level()).isEqualTo(0.95);
    assertThat(ci.lower()).isLessThan(e.value());
    assertThat(ci.upper()).isLessThanOrEqualTo(1.0);
  }

  @Test
  void bootstrapDoesNotDependOnHowTheDataWereSplit() {
    KrippendorffAlpha.Accumulator left = KrippendorffAlpha.accumulator(Level.ORDINAL);
    KrippendorffAlpha.Accumulator right = KrippendorffAlpha.accumulator(Level.ORDINAL);
    for (int u = 0; u < KRIPPENDORFF_2011.length; u++) {
      (u % 3 == 0 ? left : right).addUnit(KRIPPENDORFF_2011[u]);
    }

    assertThat(right.combine(left).bootstrap(500, 42L))
        .isEqualTo(fill(Level.ORDINAL).bootstrap(500, 42L));
  }

  @Test
  void degenerateDataIsInsufficient() {
    AgreementResult same =
        KrippendorffAlpha.of(Level.NOMINAL, new double[][] {{2, 2}, {2, 2, 2}, {2, NA}});
    assertThat(same).isInstanceOf(Insufficient.class);
    assertThat(((Insufficient) same).reason()).contains("all values are identical");
    assertThat(same.n()).isEqualTo(SampleSize.of(2, 3));

    AgreementResult one = KrippendorffAlpha.of(Level.INTERVAL, new double[][] {{1, 2}, {3, NA}});
    assertThat(one)
        .isEqualTo(
            Insufficient.of("fewer than 2 units carry 2 or more values", SampleSize.of(1, 2)));
    assertThat(KrippendorffAlpha.accumulator(Level.NOMINAL).addUnit(1, 1).bootstrap(10, 1L))
        .isInstanceOf(Insufficient.class);
  }

  @Test
  void ratioLevelHandlesZeros() {
    AgreementResult r =
        KrippendorffAlpha.of(Level.RATIO, new double[][] {{0, 0}, {0, 1}, {2, 2}, {3, 4}});
    assertThat(r.isEstimate()).isTrue();
  }

  @Test
  void rejectsProgrammerErrors() {
    KrippendorffAlpha.Accumulator ratio = KrippendorffAlpha.accumulator(Level.RATIO);
    assertThatThrownBy(() -> ratio.addUnit(1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ratio-level values must not be negative, was -2.0");
    assertThatThrownBy(() -> ratio.addUnit(1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite or NaN");
    assertThatThrownBy(() -> ratio.bootstrap(1, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replicates must be at least 2");
    assertThatThrownBy(() -> ratio.combine(KrippendorffAlpha.accumulator(Level.NOMINAL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("levels RATIO and NOMINAL");
  }

  private static double alpha(Level level) {
    return KrippendorffAlpha.of(level, KRIPPENDORFF_2011).requireEstimate().value();
  }

  private static KrippendorffAlpha.Accumulator fill(Level level) {
    KrippendorffAlpha.Accumulator acc = KrippendorffAlpha.accumulator(level);
    for (double[] unit : KRIPPENDORFF_2011) {
      acc.addUnit(unit);
    }
    return acc;
  }
}
