package dev.epakit.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Cohen's kappa against published figures, and its degenerate cases. */
class CohenKappaTest {

  private static final CategoryOrder THREE = CategoryOrder.of("a", "b", "c");

  /**
   * Cohen (1968), "Weighted kappa", Psychological Bulletin 70, Table 1: two judges, 200 cases,
   * three diagnoses (personality disorder, neurosis, psychosis); rows are judge B. Cohen prints
   * kappa = .492 and, with disagreement weights 0/1/3/6, weighted kappa = .348. (The table and
   * weights as transcribed in the DMAR R package's vignette "Weighted Kappa: Cohen's 1968
   * Illustration, Worked in Full".)
   */
  @Test
  void cohen1968Table1() {
    ConfusionMatrix table =
        ConfusionMatrix.of(THREE, new int[][] {{88, 10, 2}, {14, 40, 6}, {18, 10, 12}});

    assertThat(CohenKappa.of(table).requireEstimate().value()).isCloseTo(0.492, within(5e-4));
    // (p_o - p_c) / (1 - p_c) with Cohen's printed p_o = .70 and p_c = .41.
    assertThat(CohenKappa.of(table).requireEstimate().value())
        .isCloseTo((0.70 - 0.41) / 0.59, within(1e-12));

    Weights cohen =
        Weights.fromDisagreements(new double[][] {{0, 1, 3}, {1, 0, 6}, {3, 6, 0}});
    Estimate weighted = CohenKappa.of(table, cohen).requireEstimate();
    assertThat(weighted.value()).isCloseTo(0.348, within(5e-4));
    // 1 - q_o / q_c with Cohen's printed q_o = .90 and q_c = 1.38.
    assertThat(weighted.value()).isCloseTo(1 - 0.90 / 1.38, within(1e-12));
    assertThat(weighted.n()).isEqualTo(SampleSize.of(200, 2));
  }

  /**
   * Cohen (1968), validity example with asymmetric weights: Cohen reports weighted disagreement
   * .86 observed and 1.33 by chance, weighted kappa .353. As the DMAR vignette shows, these
   * figures follow from the transpose of the weight display printed in the paper, which is the
   * matrix used here (rows judge B, as in Table 1).
   */
  @Test
  void cohen1968AsymmetricWeights() {
    ConfusionMatrix table =
        ConfusionMatrix.of(THREE, new int[][] {{88, 10, 2}, {14, 40, 6}, {18, 10, 12}});
    Weights w = Weights.fromDisagreements(new double[][] {{0, 1, 2}, {1, 0, 2}, {4, 6, 0}});

    assertThat(CohenKappa.of(table, w).requireEstimate().value())
        .isCloseTo(0.353, within(5e-4))
        .isCloseTo(1 - 0.86 / 1.33, within(1e-12));
  }

  /**
   * SAS PROC FREQ printout for the 3x3 table {@code [[0,4,1],[0,8,0],[0,1,5]]}, as recorded in the
   * statsmodels test suite ({@code statsmodels/stats/tests/test_inter_rater.py}): simple kappa
   * 0.4842, ASE 0.1380, 95% limits 0.2137 and 0.7547; ASE under H0 0.1484, Z 3.2626, two-sided
   * p 0.0011. SAS's ASE is the Fleiss-Cohen-Everitt (1969) standard error.
   */
  @Test
  void sasSimpleKappaWithFleissCohenEverittStandardError() {
    ConfusionMatrix table = ConfusionMatrix.of(THREE, new int[][] {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}});

    Estimate e = CohenKappa.of(table).requireEstimate();

    assertThat(e.value()).isCloseTo(0.4842, within(5e-5));
    assertThat(e.standardError().getAsDouble()).isCloseTo(0.1380, within(5e-5));
    assertThat(e.interval().orElseThrow().lower()).isCloseTo(0.2137, within(5e-5));
    assertThat(e.interval().orElseThrow().upper()).isCloseTo(0.7547, within(5e-5));
    NullTest.ZTest z = (NullTest.ZTest) e.test().orElseThrow();
    assertThat(z.nullStandardError()).isCloseTo(0.1484, within(5e-5));
    assertThat(z.z()).isCloseTo(3.2626, within(5e-5));
    assertThat(z.pValue()).isCloseTo(0.0011, within(5e-5));
  }

  /**
   * SAS PROC FREQ printout for the same table with Cicchetti-Allison (linear) weights, as recorded
   * in the statsmodels test suite: weighted kappa 0.4701, ASE 0.1457, 95% limits 0.1845 and
   * 0.7558; ASE under H0 0.1426, Z 3.2971.
   */
  @Test
  void sasWeightedKappaLinear() {
    ConfusionMatrix table = ConfusionMatrix.of(THREE, new int[][] {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}});

    Estimate e = CohenKappa.of(table, Weights.linear(3)).requireEstimate();

    assertThat(e.value()).isCloseTo(0.4701, within(5e-5));
    assertThat(e.standardError().getAsDouble()).isCloseTo(0.1457, within(5e-5));
    assertThat(e.interval().orElseThrow().lower()).isCloseTo(0.1845, within(5e-5));
    assertThat(e.interval().orElseThrow().upper()).isCloseTo(0.7558, within(5e-5));
    NullTest.ZTest z = (NullTest.ZTest) e.test().orElseThrow();
    assertThat(z.nullStandardError()).isCloseTo(0.1426, within(5e-5));
    assertThat(z.z()).isCloseTo(3.2971, within(5e-5));
  }

  /**
   * SAS PROC FREQ printout for {@code [[0,0,0],[5,16,3],[8,12,28]]} (a grade the first rater never
   * used), as recorded in the statsmodels test suite: simple kappa 0.3333, ASE 0.0814, limits
   * 0.1738 and 0.4929; weighted (linear) 0.2895, ASE 0.0756, limits 0.1414 and 0.4376.
   */
  @Test
  void sasTableWithAnEmptyRow() {
    ConfusionMatrix table =
        ConfusionMatrix.of(THREE, new int[][] {{0, 0, 0}, {5, 16, 3}, {8, 12, 28}});

    Estimate simple = CohenKappa.of(table).requireEstimate();
    assertThat(simple.value()).isCloseTo(0.3333, within(5e-5));
    assertThat(simple.standardError().getAsDouble()).isCloseTo(0.0814, within(5e-5));
    assertThat(simple.interval().orElseThrow().lower()).isCloseTo(0.1738, within(5e-5));
    assertThat(simple.interval().orElseThrow().upper()).isCloseTo(0.4929, within(5e-5));

    Estimate weighted = CohenKappa.of(table, Weights.linear(3)).requireEstimate();
    assertThat(weighted.value()).isCloseTo(0.2895, within(5e-5));
    assertThat(weighted.standardError().getAsDouble()).isCloseTo(0.0756, within(5e-5));
    assertThat(weighted.interval().orElseThrow().lower()).isCloseTo(0.1414, within(5e-5));
    assertThat(weighted.interval().orElseThrow().upper()).isCloseTo(0.4376, within(5e-5));
  }

  /**
   * irrCAC README (Gwet), {@code kappa2.table(cont3x3abstractors)}: Cohen's kappa 0.7964094; and
   * the irrCAC "weighting" vignette, quadratic weights: 0.8921569. (irrCAC's standard error is
   * Gwet's, not Fleiss-Cohen-Everitt's, so only the coefficients are compared.)
   */
  @Test
  void irrCacAbstractors() {
    ConfusionMatrix table =
        ConfusionMatrix.of(THREE, new int[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});

    assertThat(CohenKappa.of(table).requireEstimate().value()).isCloseTo(0.7964094, within(1e-6));
    assertThat(CohenKappa.of(table, Weights.quadratic(3)).requireEstimate().value())
        .isCloseTo(0.8921569, within(1e-6));
  }

  @Test
  void columnsAndAccumulatorGiveTheSameTable() {
    int[] first = {0, 1, 2, 2, CategoryOrder.MISSING, 1};
    int[] second = {0, 1, 2, 1, 2, CategoryOrder.MISSING};

    CohenKappa.Accumulator acc = CohenKappa.accumulator(THREE).addAll(first, second);

    assertThat(acc.skipped()).isEqualTo(2);
    assertThat(acc.confusionMatrix().total()).isEqualTo(4);
    assertThat(acc.confusionMatrix()).isEqualTo(ConfusionMatrix.tabulate(THREE, first, second));
    assertThat(acc.result(Weights.quadratic(3)))
        .isEqualTo(CohenKappa.of(THREE, first, second, Weights.quadratic(3)));
  }

  @Test
  void perfectAgreementHasZeroStandardError() {
    ConfusionMatrix table = ConfusionMatrix.of(THREE, new int[][] {{3, 0, 0}, {0, 4, 0}, {0, 0, 2}});

    Estimate e = CohenKappa.of(table).requireEstimate();

    assertThat(e.value()).isEqualTo(1.0);
    assertThat(e.standardError().getAsDouble()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void everyoneInOneGradeIsInsufficient() {
    ConfusionMatrix table = ConfusionMatrix.of(THREE, new int[][] {{0, 0, 0}, {0, 9, 0}, {0, 0, 0}});

    AgreementResult r = CohenKappa.of(table);

    assertThat(r).isInstanceOf(Insufficient.class);
    assertThat(((Insufficient) r).reason()).contains("chance agreement is 1");
    assertThat(r.n()).isEqualTo(SampleSize.of(9, 2));
    assertThatThrownBy(r::requireEstimate)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("chance agreement is 1");
  }

  @Test
  void fewerThanTwoPairsIsInsufficient() {
    assertThat(CohenKappa.accumulator(THREE).result())
        .isEqualTo(Insufficient.of("fewer than 2 rated pairs", SampleSize.of(0, 2)));
    assertThat(CohenKappa.accumulator(THREE).add(0, 1).result().isEstimate()).isFalse();
  }

  @Test
  void rejectsProgrammerErrors() {
    CohenKappa.Accumulator acc = CohenKappa.accumulator(THREE);
    assertThatThrownBy(() -> acc.add(3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("category code 3 is outside the declared scale 0..2");
    assertThatThrownBy(() -> acc.addAll(new int[] {0}, new int[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ in length");
    assertThatThrownBy(
            () -> CohenKappa.of(ConfusionMatrix.of(THREE, new long[3][3]), Weights.linear(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights are for 4 categories but the scale has 3");
    assertThatThrownBy(() -> acc.combine(CohenKappa.accumulator(CategoryOrder.ofSize(3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different scales");
    assertThatThrownBy(
            () -> CohenKappa.of(ConfusionMatrix.of(THREE, new long[3][3]), Weights.unweighted(3), 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence level");
  }
}
