package dev.epakit.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Contract tests for the value types: equality, hashing, copies, rejection of bad input. */
class ValueTypesContractTest {

  @Nested
  class SampleSizes {
    @Test
    void equality() {
      assertThat(SampleSize.of(10, 2)).isEqualTo(new SampleSize(10, 2)).hasSameHashCodeAs(SampleSize.of(10, 2));
      assertThat(SampleSize.of(10, 2)).isNotEqualTo(SampleSize.of(10, 3));
      assertThat(SampleSize.of(10, 2)).hasToString("n=10 units, 2 raters");
    }

    @Test
    void rejectsNegativeCounts() {
      assertThatThrownBy(() -> SampleSize.of(-1, 2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("units must not be negative, was -1");
      assertThatThrownBy(() -> SampleSize.of(1, -2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("raters must not be negative, was -2");
    }
  }

  @Nested
  class Intervals {
    @Test
    void equalityAndContains() {
      Interval ci = Interval.of(0.2, 0.6, 0.95);
      assertThat(ci).isEqualTo(new Interval(0.2, 0.6, 0.95)).hasSameHashCodeAs(Interval.of(0.2, 0.6, 0.95));
      assertThat(ci).isNotEqualTo(Interval.of(0.2, 0.6, 0.90));
      assertThat(ci.contains(0.2)).isTrue();
      assertThat(ci.contains(0.61)).isFalse();
    }

    @Test
    void rejectsBadBounds() {
      assertThatThrownBy(() -> Interval.of(0.7, 0.6, 0.95))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("interval lower bound 0.7 is above upper bound 0.6");
      assertThatThrownBy(() -> Interval.of(Double.NaN, 0.6, 0.95))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must be finite");
      assertThatThrownBy(() -> Interval.of(0.1, 0.6, 95))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("confidence level must be strictly between 0 and 1, was 95.0");
    }
  }

  @Nested
  class Estimates {
    @Test
    void equalityAndCopies() {
      SampleSize n = SampleSize.of(30, 2);
      Estimate e = Estimate.of(0.5, n).withStandardError(0.1).withInterval(Interval.of(0.3, 0.7, 0.95));
      assertThat(e)
          .isEqualTo(
              new Estimate(
                  0.5, OptionalDouble.of(0.1), Optional.of(Interval.of(0.3, 0.7, 0.95)),
                  Optional.empty(), n))
          .hasSameHashCodeAs(
              Estimate.of(0.5, n).withStandardError(0.1).withInterval(Interval.of(0.3, 0.7, 0.95)));
      assertThat(e).isNotEqualTo(Estimate.of(0.5, n));
      assertThat(Estimate.of(0.5, n).standardError()).isEmpty();
      assertThat(e.isEstimate()).isTrue();
      assertThat(e.estimate()).contains(e);
      assertThat(e.requireEstimate()).isSameAs(e);
      NullTest.ZTest z = new NullTest.ZTest(0.1, 5.0, 1e-6);
      assertThat(e.withTest(z).test()).contains(z);
    }

    @Test
    void rejectsNaNAndNegativeStandardError() {
      SampleSize n = SampleSize.of(3, 2);
      assertThatThrownBy(() -> Estimate.of(Double.NaN, n))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("estimate value must be finite, was NaN");
      assertThatThrownBy(() -> Estimate.of(0.1, n).withStandardError(-0.1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("standard error must be finite and not negative, was -0.1");
      assertThatThrownBy(() -> Estimate.of(0.1, null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class InsufficientResults {
    @Test
    void equalityAndAccessors() {
      Insufficient i = Insufficient.of("fewer than 2 units", SampleSize.of(1, 2));
      assertThat(i).isEqualTo(new Insufficient("fewer than 2 units", SampleSize.of(1, 2)))
          .hasSameHashCodeAs(Insufficient.of("fewer than 2 units", SampleSize.of(1, 2)));
      assertThat(i.isEstimate()).isFalse();
      assertThat(i.estimate()).isEmpty();
      assertThat(i).hasToString("Insufficient[fewer than 2 units; n=1 units, 2 raters]");
    }

    @Test
    void rejectsBlankReason() {
      assertThatThrownBy(() -> Insufficient.of(" ", SampleSize.of(0, 0)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("reason must not be blank");
    }
  }

  @Nested
  class NullTests {
    @Test
    void equalityAndRanges() {
      assertThat(new NullTest.FTest(11.0, 5, 15, 0.0001)).isEqualTo(new NullTest.FTest(11.0, 5, 15, 0.0001));
      assertThatThrownBy(() -> new NullTest.FTest(1.0, 0, 15, 0.5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("degrees of freedom must be finite and positive");
      assertThatThrownBy(() -> new NullTest.ZTest(0.0, 1.0, 0.3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("null standard error must be finite and positive");
      assertThatThrownBy(() -> new NullTest.ZTest(0.1, 1.0, 1.5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("p-value must be in [0, 1], was 1.5");
    }
  }

  @Nested
  class CategoryOrders {
    @Test
    void codesAndNamesRoundTrip() {
      CategoryOrder grades = CategoryOrder.of("fail", "pass", "merit", "distinction");
      for (int c = 0; c < grades.size(); c++) {
        assertThat(grades.code(grades.name(c))).isEqualTo(c);
      }
      assertThat(grades.codes(Arrays.asList("merit", null, "fail")))
          .containsExactly(2, CategoryOrder.MISSING, 0);
      assertThat(grades).isEqualTo(CategoryOrder.of(List.of("fail", "pass", "merit", "distinction")))
          .hasSameHashCodeAs(CategoryOrder.of("fail", "pass", "merit", "distinction"));
      assertThat(grades).isNotEqualTo(CategoryOrder.of("pass", "fail", "merit", "distinction"));
      assertThat(CategoryOrder.ofSize(3).names()).containsExactly("1", "2", "3");
    }

    @Test
    void rejectsBadScales() {
      assertThatThrownBy(() -> CategoryOrder.of("pass", "merit", "pass"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("category 'pass' is declared twice");
      assertThatThrownBy(() -> CategoryOrder.of(List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a category order needs at least one category");
      assertThatThrownBy(() -> CategoryOrder.of("pass", " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("category names must not be blank");
      assertThatThrownBy(() -> CategoryOrder.of("pass").code("merit"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("category 'merit' is not declared; declared are [pass]");
      assertThatThrownBy(() -> CategoryOrder.of("pass", (String) null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class WeightMatrices {
    @Test
    void standardWeights() {
      Weights linear = Weights.linear(4);
      assertThat(linear.get(0, 1)).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-15));
      assertThat(linear.get(0, 3)).isEqualTo(0.0);
      Weights quadratic = Weights.quadratic(3);
      assertThat(quadratic.toArray()).isDeepEqualTo(new double[][] {{1, 0.75, 0}, {0.75, 1, 0.75}, {0, 0.75, 1}});
      assertThat(Weights.unweighted(3).isIdentity()).isTrue();
      assertThat(quadratic.isIdentity()).isFalse();
      assertThat(Weights.of(quadratic.toArray())).isEqualTo(quadratic).hasSameHashCodeAs(quadratic);
      assertThat(Weights.fromDisagreements(new double[][] {{0, 1, 4}, {1, 0, 1}, {4, 1, 0}}))
          .isEqualTo(quadratic);
    }

    @Test
    void copiesItsInput() {
      double[][] raw = {{1, 0.5}, {0.5, 1}};
      Weights w = Weights.of(raw);
      raw[0][1] = 0.0;
      assertThat(w.get(0, 1)).isEqualTo(0.5);
      w.toArray()[0][1] = 0.0;
      assertThat(w.get(0, 1)).isEqualTo(0.5);
    }

    @Test
    void rejectsBadMatrices() {
      assertThatThrownBy(() -> Weights.of(new double[][] {{1, 0.5}, {0.5}}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("weight matrix must be square: row 1 has 1 entries, expected 2");
      assertThatThrownBy(() -> Weights.of(new double[][] {{0.9, 0}, {0, 1}}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("agreement weight on the diagonal must be 1, was 0.9 at (0,0)");
      assertThatThrownBy(() -> Weights.of(new double[][] {{1, 1.5}, {0, 1}}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("agreement weights must lie in [0, 1], was 1.5 at (0,1)");
      assertThatThrownBy(() -> Weights.fromDisagreements(new double[][] {{0, 0}, {0, 0}}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("disagreement weights are all zero");
      assertThatThrownBy(() -> Weights.linear(1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ordinal weights need at least two categories, was 1");
    }
  }

  @Nested
  class ConfusionMatrices {
    private final CategoryOrder two = CategoryOrder.of("fail", "pass");

    @Test
    void equalityAdditionAndCopies() {
      ConfusionMatrix a = ConfusionMatrix.of(two, new long[][] {{3, 1}, {0, 4}});
      ConfusionMatrix b = ConfusionMatrix.of(two, new int[][] {{1, 0}, {2, 2}});
      assertThat(a).isEqualTo(ConfusionMatrix.of(two, new int[][] {{3, 1}, {0, 4}}))
          .hasSameHashCodeAs(ConfusionMatrix.of(two, new int[][] {{3, 1}, {0, 4}}));
      assertThat(a.plus(b)).isEqualTo(ConfusionMatrix.of(two, new int[][] {{4, 1}, {2, 6}}));
      assertThat(a.plus(b).total()).isEqualTo(13);
      a.toArray()[0][0] = 99;
      assertThat(a.count(0, 0)).isEqualTo(3);
      assertThat(ConfusionMatrix.tabulate(two, new int[] {0, 1, 1}, new int[] {0, 1, 0}))
          .isEqualTo(ConfusionMatrix.of(two, new int[][] {{1, 0}, {1, 1}}));
    }

    @Test
    void rejectsBadTables() {
      assertThatThrownBy(() -> ConfusionMatrix.of(two, new long[][] {{1, 2}}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("confusion matrix must have 2 rows for the scale, had 1");
      assertThatThrownBy(() -> ConfusionMatrix.of(two, new long[][] {{1, -2}, {0, 0}}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("counts must not be negative, was -2 at (0,1)");
      ConfusionMatrix other = ConfusionMatrix.of(CategoryOrder.of("no", "yes"), new long[2][2]);
      assertThatThrownBy(() -> ConfusionMatrix.of(two, new long[2][2]).plus(other))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("different scales");
    }
  }

  @Test
  void iccFormsHaveConventionalLabels() {
    assertThat(Arrays.stream(IccForm.values()).map(IccForm::label))
        .containsExactly("ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)");
    assertThat(IccForm.ICC_2_K.modelCase()).isEqualTo(2);
    assertThat(IccForm.ICC_2_K.isAverage()).isTrue();
  }
}
