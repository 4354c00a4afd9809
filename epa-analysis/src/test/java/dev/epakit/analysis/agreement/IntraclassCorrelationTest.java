package dev.epakit.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The six Shrout-Fleiss intraclass correlations against published output. */
class IntraclassCorrelationTest {

  /** Shrout and Fleiss (1979), Table 2: 6 targets rated by 4 judges. */
  static final double[][] SHROUT_FLEISS = {
    {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}
  };

  /**
   * Shrout and Fleiss (1979), Table 4: ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71, ICC(1,4) =
   * .44, ICC(2,4) = .62, ICC(3,4) = .91. R's {@code psych::ICC} on the same data prints F = 1.8 on
   * (5, 18) df with p = 0.16477 for case 1 and F = 11.0 on (5, 15) df with p = 0.00013 for cases 2
   * and 3, and 95% bounds -0.133/0.72, 0.019/0.76, 0.342/0.95, -0.884/0.91, 0.071/0.93,
   * 0.676/0.99. The SimplyAgree vignette "Reliability Analysis" prints the coefficients to four
   * places: 0.1657, 0.2898, 0.7148, 0.4428, 0.6201, 0.9093.
   */
  @Test
  void shroutFleissWithPsychOutput() {
    Map<IccForm, AgreementResult> r = IntraclassCorrelation.of(SHROUT_FLEISS);

    check(r.get(IccForm.ICC_1_1), 0.1657, 1.8, 5, 18, 0.16477, -0.133, 0.72);
    check(r.get(IccForm.ICC_2_1), 0.2898, 11.0, 5, 15, 0.00013, 0.019, 0.76);
    check(r.get(IccForm.ICC_3_1), 0.7148, 11.0, 5, 15, 0.00013, 0.342, 0.95);
    check(r.get(IccForm.ICC_1_K), 0.4428, 1.8, 5, 18, 0.16477, -0.884, 0.91);
    check(r.get(IccForm.ICC_2_K), 0.6201, 11.0, 5, 15, 0.00013, 0.071, 0.93);
    check(r.get(IccForm.ICC_3_K), 0.9093, 11.0, 5, 15, 0.00013, 0.676, 0.99);
    assertThat(r.keySet()).containsExactly(IccForm.values());
    assertThat(r.get(IccForm.ICC_2_1).n()).isEqualTo(SampleSize.of(6, 4));
  }

  /**
   * The SimplyAgree vignette "Reliability Analysis" ({@code reli_aov} on the same data) prints
   * bounds computed from the one-sided 95% F quantiles, that is a 90% two-sided interval:
   * -0.09672/0.6434, 0.04290/0.6911, 0.41183/0.9258, -0.54504/0.8783, 0.15204/0.8995,
   * 0.73690/0.9804 (its mixed-model variant {@code reli_stats} prints 0.41184 for the third lower
   * bound). Asking for level 0.90 reproduces them.
   */
  @Test
  void ninetyPercentBoundsMatchSimplyAgree() {
    IntraclassCorrelation.Accumulator acc = IntraclassCorrelation.accumulator(4);
    for (double[] row : SHROUT_FLEISS) {
      acc.addUnit(row);
    }
    Map<IccForm, AgreementResult> r = acc.results(0.90);

    bounds(r.get(IccForm.ICC_1_1), -0.09672, 0.6434);
    bounds(r.get(IccForm.ICC_2_1), 0.04290, 0.6911);
    bounds(r.get(IccForm.ICC_3_1), 0.41183, 0.9258);
    bounds(r.get(IccForm.ICC_1_K), -0.54504, 0.8783);
    bounds(r.get(IccForm.ICC_2_K), 0.15204, 0.8995);
    bounds(r.get(IccForm.ICC_3_K), 0.73690, 0.9804);
  }

  @Test
  void unitsWithMissingRatingsAreLeftOut() {
    IntraclassCorrelation.Accumulator acc = IntraclassCorrelation.accumulator(4);
    for (double[] row : SHROUT_FLEISS) {
      acc.addUnit(row);
    }
    acc.addUnit(1, Double.NaN, 3, 4);

    assertThat(acc.skipped()).isEqualTo(1);
    assertThat(acc.results()).isEqualTo(IntraclassCorrelation.of(SHROUT_FLEISS));
  }

  @Test
  void degenerateDataIsInsufficient() {
    assertThat(reason(new double[][] {{3, 3}, {3, 3}}, IccForm.ICC_1_1))
        .isEqualTo("all ratings are identical");
    assertThat(reason(new double[][] {{1, 2}, {2, 1}}, IccForm.ICC_3_1))
        .contains("mean ratings do not differ");
    assertThat(reason(new double[][] {{1, 2}, {3, 4}, {5, 6}}, IccForm.ICC_3_K))
        .contains("error mean square is zero");
    assertThat(IntraclassCorrelation.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}).get(IccForm.ICC_1_1)
            .isEstimate())
        .isTrue();
    assertThat(reason(new double[][] {{1, 2}}, IccForm.ICC_2_1))
        .isEqualTo("fewer than 2 complete units");
    assertThat(reason(new double[][] {{1}, {2}}, IccForm.ICC_2_1)).contains("a single rater");
  }

  @Test
  void rejectsProgrammerErrors() {
    IntraclassCorrelation.Accumulator acc = IntraclassCorrelation.accumulator(3);
    assertThatThrownBy(() -> acc.addUnit(1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly 3 ratings, got 2");
    assertThatThrownBy(() -> acc.addUnit(1, 2, Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite or NaN");
    assertThatThrownBy(() -> acc.combine(IntraclassCorrelation.accumulator(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 and 2 raters");
    assertThatThrownBy(() -> IntraclassCorrelation.accumulator(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("raters must be at least 1");
  }

  private static String reason(double[][] data, IccForm form) {
    return ((Insufficient) IntraclassCorrelation.of(data).get(form)).reason();
  }

  private static void check(
      AgreementResult result, double icc, double f, int df1, int df2, double p, double lower,
      double upper) {
    Estimate e = result.requireEstimate();
    assertThat(e.value()).isCloseTo(icc, within(5e-5));
    NullTest.FTest test = (NullTest.FTest) e.test().orElseThrow();
    assertThat(test.f()).isCloseTo(f, within(0.05));
    assertThat(test.df1()).isEqualTo(df1);
    assertThat(test.df2()).isEqualTo(df2);
    assertThat(test.pValue()).isCloseTo(p, within(5e-6));
    Interval ci = e.interval().orElseThrow();
    assertThat(ci.level()).isEqualTo(0.95);
    assertThat(ci.lower()).isCloseTo(lower, within(digitsOf(lower)));
    assertThat(ci.upper()).isCloseTo(upper, within(digitsOf(upper)));
  }

  private static void bounds(AgreementResult result, double lower, double upper) {
    Interval ci = result.requireEstimate().interval().orElseThrow();
    assertThat(ci.level()).isEqualTo(0.90);
    assertThat(ci.lower()).isCloseTo(lower, within(digitsOf(lower)));
    assertThat(ci.upper()).isCloseTo(upper, within(digitsOf(upper)));
  }

  /** Half a unit in the last printed place of a value as R printed it. */
  private static double digitsOf(double printed) {
    String s = Double.toString(Math.abs(printed));
    int decimals = s.length() - s.indexOf('.') - 1;
    return 0.5 * Math.pow(10, -decimals) + 1e-12;
  }
}
