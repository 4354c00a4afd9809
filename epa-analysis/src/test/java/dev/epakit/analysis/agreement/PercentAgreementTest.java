package dev.epakit.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Percent agreement, exact and within one grade. */
class PercentAgreementTest {

  private static final CategoryOrder GRADES = CategoryOrder.of("fail", "pass", "merit", "distinction");

  /**
   * irrCAC README (Gwet), {@code pa2.table(cont3x3abstractors)}: percent agreement 0.89 with
   * standard error 0.03128898.
   */
  @Test
  void irrCacAbstractors() {
    ConfusionMatrix table =
        ConfusionMatrix.of(
            CategoryOrder.of("Ectopic", "AIU", "NIU"),
            new int[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});

    Estimate e = PercentAgreement.exact(table).requireEstimate();

    assertThat(e.value()).isCloseTo(0.89, within(1e-12));
    assertThat(e.standardError().getAsDouble()).isCloseTo(0.03128898, within(1e-8));
    assertThat(e.n()).isEqualTo(SampleSize.of(100, 2));
  }

  @Test
  void withinOneGradeCountsNeighbouringGrades() {
    ConfusionMatrix table =
        ConfusionMatrix.of(
            GRADES,
            new int[][] {
              {4, 1, 0, 0},
              {2, 10, 3, 1},
              {0, 2, 6, 1},
              {1, 0, 1, 3}
            });
    // 35 units: 23 exact, 23 + 1 + 2 + 3 + 2 + 1 + 1 = 33 within one grade.
    assertThat(table.total()).isEqualTo(35);
    assertThat(PercentAgreement.exact(table).requireEstimate().value())
        .isCloseTo(23.0 / 35, within(1e-12));
    assertThat(PercentAgreement.withinOne(table).requireEstimate().value())
        .isCloseTo(33.0 / 35, within(1e-12));
    assertThat(PercentAgreement.within(table, 3).requireEstimate().value()).isEqualTo(1.0);
  }

  /**
   * The Wilson score interval for 89 of 100 at 95%, worked from its closed form with z =
   * 1.959964: (0.81369, 0.93746).
   */
  @Test
  void wilsonInterval() {
    ConfusionMatrix table =
        ConfusionMatrix.of(CategoryOrder.ofSize(2), new int[][] {{60, 6}, {5, 29}});

    Interval ci = PercentAgreement.exact(table).requireEstimate().interval().orElseThrow();

    assertThat(ci.lower()).isCloseTo(0.81369, within(1e-5));
    assertThat(ci.upper()).isCloseTo(0.93746, within(1e-5));
    assertThat(ci.level()).isEqualTo(0.95);
  }

  @Test
  void perfectAgreementKeepsAnHonestInterval() {
    ConfusionMatrix table = ConfusionMatrix.of(CategoryOrder.ofSize(2), new int[][] {{5, 0}, {0, 5}});

    Estimate e = PercentAgreement.exact(table).requireEstimate();

    assertThat(e.value()).isEqualTo(1.0);
    assertThat(e.interval().orElseThrow().upper()).isEqualTo(1.0);
    assertThat(e.interval().orElseThrow().lower()).isLessThan(0.75);
  }

  @Test
  void thinDataIsInsufficient() {
    ConfusionMatrix one = ConfusionMatrix.of(CategoryOrder.ofSize(2), new int[][] {{1, 0}, {0, 0}});
    assertThat(PercentAgreement.exact(one))
        .isEqualTo(Insufficient.of("fewer than 2 rated pairs", SampleSize.of(1, 2)));
  }

  @Test
  void rejectsNegativeDistance() {
    ConfusionMatrix table = ConfusionMatrix.of(GRADES, new long[4][4]);
    assertThatThrownBy(() -> PercentAgreement.within(table, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distance must not be negative");
  }
}
