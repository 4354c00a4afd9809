package dev.epakit.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fleiss' kappa against published figures, and its degenerate cases. */
class FleissKappaTest {

  private static final CategoryOrder DIAGNOSES =
      CategoryOrder.of("Depression", "Personality disorder", "Schizophrenia", "Neurosis", "Other");

  /**
   * Fleiss (1971), Psychological Bulletin 76, Table 1: 30 patients, 6 psychiatrists each, 5
   * diagnoses; per-patient counts by category (the data of R's {@code irr::diagnoses}; the first
   * 15 rows are irrCAC's {@code distrib.6raters}).
   */
  static final long[][] FLEISS_1971 = {
    {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
    {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
    {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
    {0, 0, 5, 0, 1}, {3, 0, 0, 1, 2}, {5, 1, 0, 0, 0}, {0, 2, 0, 4, 0}, {1, 0, 2, 0, 3},
    {0, 0, 0, 0, 6}, {0, 1, 0, 5, 0}, {0, 2, 0, 1, 3}, {2, 0, 0, 4, 0}, {1, 0, 0, 4, 1},
    {0, 5, 0, 1, 0}, {4, 0, 0, 0, 2}, {0, 2, 0, 4, 0}, {1, 0, 5, 0, 0}, {0, 0, 0, 0, 6}
  };

  /**
   * Fleiss (1971): overall kappa .430 and per-category kappas .245, .245, .520, .471, .566. R's
   * {@code irr::kappam.fleiss(diagnoses)} prints Kappa = 0.43 and z = 17.7 with the
   * Fleiss-Nee-Landis (1979) null variance, p-value 0, and with {@code detail = TRUE} a z of 5.192
   * for the first category (null variance 2 / (N m (m - 1))).
   */
  @Test
  void fleiss1971Diagnoses() {
    FleissKappa.Accumulator acc = FleissKappa.accumulator(DIAGNOSES, 6);
    for (long[] unit : FLEISS_1971) {
      acc.addCounts(unit);
    }

    Estimate overall = acc.result().requireEstimate();
    assertThat(overall.value()).isCloseTo(0.430, within(5e-4));
    assertThat(overall.n()).isEqualTo(SampleSize.of(30, 6));
    assertThat(overall.standardError()).isEmpty();
    assertThat(overall.interval()).isEmpty();
    NullTest.ZTest z = (NullTest.ZTest) overall.test().orElseThrow();
    assertThat(z.z()).isCloseTo(17.7, within(0.05));
    assertThat(z.pValue()).isLessThan(1e-10);

    Map<String, AgreementResult> per = acc.perCategory();
    assertThat(per.keySet()).containsExactlyElementsOf(DIAGNOSES.names());
    double[] published = {0.245, 0.245, 0.520, 0.471, 0.566};
    List<AgreementResult> values = List.copyOf(per.values());
    for (int j = 0; j < published.length; j++) {
      assertThat(values.get(j).requireEstimate().value()).isCloseTo(published[j], within(5e-4));
    }
    NullTest.ZTest first = (NullTest.ZTest) values.get(0).requireEstimate().test().orElseThrow();
    assertThat(first.z()).isCloseTo(5.192, within(5e-4));
  }

  /**
   * irrCAC README (Gwet), {@code fleiss.kappa.dist(distrib.6raters)}, the first 15 patients of
   * Fleiss (1971): Fleiss' kappa 0.4139265.
   */
  @Test
  void irrCacFirstFifteenPatients() {
    FleissKappa.Accumulator acc = FleissKappa.accumulator(DIAGNOSES, 6);
    for (int i = 0; i < 15; i++) {
      acc.addCounts(FLEISS_1971[i]);
    }

    assertThat(acc.result().requireEstimate().value()).isCloseTo(0.4139265, within(1e-6));
  }

  /**
   * The worked example of the English Wikipedia article "Fleiss' kappa": 10 subjects, 14 raters, 5
   * categories, kappa = 0.210 (the same table backs the statsmodels test of {@code fleiss_kappa}).
   */
  @Test
  void wikipediaWorkedExample() {
    long[][] table = {
      {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
      {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}
    };
    FleissKappa.Accumulator acc = FleissKappa.accumulator(CategoryOrder.ofSize(5), 14);
    for (long[] unit : table) {
      acc.addCounts(unit);
    }

    assertThat(acc.result().requireEstimate().value()).isCloseTo(0.210, within(5e-4));
  }

  @Test
  void rawRatingsMatchCounts() {
    int[][] raw = {{0, 0, 1}, {1, 1, 1}, {2, 2, 0}, {0, 1, 2}, {2, 2, 2}};
    FleissKappa.Accumulator counts = FleissKappa.accumulator(CategoryOrder.ofSize(3), 3);
    counts.addCounts(2, 1, 0).addCounts(0, 3, 0).addCounts(1, 0, 2).addCounts(1, 1, 1);
    counts.addCounts(0, 0, 3);

    assertThat(FleissKappa.of(CategoryOrder.ofSize(3), raw)).isEqualTo(counts.result());
  }

  @Test
  void unitsWithAMissingRatingAreLeftOut() {
    FleissKappa.Accumulator acc = FleissKappa.accumulator(CategoryOrder.ofSize(2), 2);
    acc.addUnit(0, 0).addUnit(1, 1).addUnit(0, CategoryOrder.MISSING).addUnit(0, 1);

    assertThat(acc.skipped()).isEqualTo(1);
    assertThat(acc.result().n()).isEqualTo(SampleSize.of(3, 2));
  }

  @Test
  void degenerateDataIsInsufficient() {
    CategoryOrder two = CategoryOrder.ofSize(2);
    assertThat(FleissKappa.accumulator(two, 1).addUnit(0).addUnit(1).result())
        .isEqualTo(
            Insufficient.of(
                "a single rater per unit: agreement needs at least 2 ratings",
                SampleSize.of(2, 1)));
    assertThat(FleissKappa.accumulator(two, 3).addUnit(0, 1, 1).result())
        .isEqualTo(Insufficient.of("fewer than 2 units", SampleSize.of(1, 3)));
    AgreementResult allSame = FleissKappa.accumulator(two, 2).addUnit(1, 1).addUnit(1, 1).result();
    assertThat(allSame).isInstanceOf(Insufficient.class);
    assertThat(((Insufficient) allSame).reason()).contains("all ratings fall in one category");

    Map<String, AgreementResult> per =
        FleissKappa.accumulator(CategoryOrder.ofSize(3), 2).addUnit(0, 1).addUnit(1, 1).perCategory();
    assertThat(per.get("1").isEstimate()).isTrue();
    assertThat(((Insufficient) per.get("3")).reason()).contains("category '3' was used by no rating");
  }

  @Test
  void rejectsProgrammerErrors() {
    FleissKappa.Accumulator acc = FleissKappa.accumulator(CategoryOrder.ofSize(3), 2);
    assertThatThrownBy(() -> acc.addUnit(0, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly 2 ratings, got 3");
    assertThatThrownBy(() -> acc.addCounts(1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must add up to 2 ratings, added up to 1");
    assertThatThrownBy(() -> acc.addCounts(3, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> FleissKappa.accumulator(CategoryOrder.ofSize(3), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("raters must be at least 1");
    assertThatThrownBy(() -> acc.combine(FleissKappa.accumulator(CategoryOrder.ofSize(3), 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot combine");
  }
}
