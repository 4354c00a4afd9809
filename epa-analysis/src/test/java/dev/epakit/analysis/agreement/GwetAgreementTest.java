package dev.epakit.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Gwet's AC1 and AC2 against irrCAC and SimplyAgree output. */
class GwetAgreementTest {

  private static final int NA = CategoryOrder.MISSING;
  private static final CategoryOrder FIVE = CategoryOrder.ofSize(5);

  /** irrCAC's {@code cac.raw4raters} (Krippendorff's 2011 example) as codes 0..4, one row per unit. */
  private static final int[][] RAW_4_RATERS = {
    {0, 0, NA, 0}, {1, 1, 2, 1}, {2, 2, 2, 2}, {2, 2, 2, 2}, {1, 1, 1, 1}, {0, 1, 2, 3},
    {3, 3, 3, 3}, {0, 0, 1, 0}, {1, 1, 1, 1}, {NA, 4, 4, 4}, {NA, NA, 0, 0}, {NA, NA, 2, NA}
  };

  /**
   * SimplyAgree vignette "Reliability Analysis", {@code agree_coef} on this matrix: Gwet's AC1
   * 0.7754441, standard error 0.1429500, lower limit 0.4608133, upper limit 1 (irrCAC's README,
   * {@code gwet.ac1.raw(cac.raw4raters)}, prints 0.77544, 0.14295, (0.461,1), pa 0.8181818, pe
   * 0.1903212).
   */
  @Test
  void ac1OnRaw4Raters() {
    Estimate e = GwetAgreement.ac1(FIVE, RAW_4_RATERS).requireEstimate();

    assertThat(e.value()).isCloseTo(0.7754441, within(1e-6));
    assertThat(e.standardError().getAsDouble()).isCloseTo(0.1429500, within(1e-6));
    assertThat(e.interval().orElseThrow().lower()).isCloseTo(0.4608133, within(1e-6));
    assertThat(e.interval().orElseThrow().upper()).isEqualTo(1.0);
    assertThat(e.n()).isEqualTo(SampleSize.of(12, 4));
  }

  /**
   * SimplyAgree vignette, {@code agree_coef(weighted = TRUE)} (quadratic weights): Gwet's AC2
   * 0.9140007, standard error 0.10396224, lower limit 0.6851814 (irrCAC weighting vignette: 0.914,
   * 0.10396, pa 0.9753788, pe 0.7137044).
   */
  @Test
  void ac2QuadraticOnRaw4Raters() {
    Estimate e = GwetAgreement.ac2(FIVE, RAW_4_RATERS, Weights.quadratic(5)).requireEstimate();

    assertThat(e.value()).isCloseTo(0.9140007, within(1e-6));
    assertThat(e.standardError().getAsDouble()).isCloseTo(0.10396224, within(1e-7));
    assertThat(e.interval().orElseThrow().lower()).isCloseTo(0.6851814, within(1e-6));
  }

  /**
   * irrCAC README, {@code gwet.ac1.dist(distrib.6raters)} (the first 15 patients of Fleiss 1971):
   * AC1 0.4448007, standard error 0.08418757, interval (0.264, 0.625); and the irrCAC weighting
   * vignette with quadratic weights: AC2 0.4837438, standard error 0.1058227, (0.257, 0.711).
   */
  @Test
  void distrib6Raters() {
    GwetAgreement.Accumulator acc = GwetAgreement.accumulator(FIVE);
    for (int i = 0; i < 15; i++) {
      long[] row = FleissKappaTest.FLEISS_1971[i];
      acc.addCounts(
          (int) row[0], (int) row[1], (int) row[2], (int) row[3], (int) row[4]);
    }

    Estimate ac1 = acc.result().requireEstimate();
    assertThat(ac1.value()).isCloseTo(0.4448007, within(1e-6));
    assertThat(ac1.standardError().getAsDouble()).isCloseTo(0.08418757, within(1e-7));
    assertThat(ac1.interval().orElseThrow().lower()).isCloseTo(0.264, within(5e-4));
    assertThat(ac1.interval().orElseThrow().upper()).isCloseTo(0.625, within(5e-4));

    Estimate ac2 = acc.result(Weights.quadratic(5)).requireEstimate();
    assertThat(ac2.value()).isCloseTo(0.4837438, within(1e-6));
    assertThat(ac2.standardError().getAsDouble()).isCloseTo(0.1058227, within(1e-6));
    assertThat(ac2.interval().orElseThrow().lower()).isCloseTo(0.257, within(5e-4));
    assertThat(ac2.interval().orElseThrow().upper()).isCloseTo(0.711, within(5e-4));
  }

  /**
   * irrCAC README, {@code gwet.ac1.table(cont3x3abstractors)}: AC1 0.8493305, and the weighting
   * vignette with quadratic weights: AC2 0.9402369. irrCAC's two-rater table functions use a
   * different variance formula from the multi-rater one implemented here, so only the
   * coefficients are compared.
   */
  @Test
  void twoRaterTableCoefficients() {
    int[][] table = {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}};
    GwetAgreement.Accumulator acc = GwetAgreement.accumulator(CategoryOrder.ofSize(3));
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        for (int c = 0; c < table[i][j]; c++) {
          acc.addUnit(i, j);
        }
      }
    }

    assertThat(acc.result().requireEstimate().value()).isCloseTo(0.8493305, within(1e-6));
    assertThat(acc.result(Weights.quadratic(3)).requireEstimate().value())
        .isCloseTo(0.9402369, within(1e-6));
  }

  @Test
  void degenerateDataIsInsufficient() {
    assertThat(GwetAgreement.ac1(FIVE, new int[][] {{0, 1}}))
        .isEqualTo(Insufficient.of("fewer than 2 rated units", SampleSize.of(1, 2)));
    assertThat(GwetAgreement.ac1(FIVE, new int[][] {{0, NA}, {NA, 1}}))
        .isEqualTo(Insufficient.of("no unit carries 2 or more ratings", SampleSize.of(2, 1)));
    assertThat(GwetAgreement.ac1(CategoryOrder.ofSize(1), new int[][] {{0, 0}, {0, 0}}))
        .isEqualTo(Insufficient.of("the scale has a single category", SampleSize.of(2, 2)));
    GwetAgreement.Accumulator acc = GwetAgreement.accumulator(FIVE).addUnit(NA, NA);
    assertThat(acc.empty()).isEqualTo(1);
  }

  @Test
  void rejectsProgrammerErrors() {
    GwetAgreement.Accumulator acc = GwetAgreement.accumulator(FIVE);
    assertThatThrownBy(() -> acc.addUnit(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("category code 5 is outside the declared scale 0..4");
    assertThatThrownBy(() -> acc.addCounts(1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one count per category (5), got 2");
    assertThatThrownBy(() -> acc.result(Weights.linear(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights are for 3 categories");
  }
}
