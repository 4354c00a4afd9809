package dev.epakit.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Contract tests for the package's value types: equality, hashing, round trips, rejection. */
class ValueContractTest {

  @Nested
  class IndexDictionaryContract {

    @Test
    void equalByNamesInOrder() {
      IndexDictionary a = IndexDictionary.of("Fail", "Pass", "Distinction");
      IndexDictionary b = IndexDictionary.of(List.of("Fail", "Pass", "Distinction"));
      IndexDictionary reordered = IndexDictionary.of("Pass", "Fail", "Distinction");

      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(reordered).isNotEqualTo(null);
      // a dictionary may name candidates: its text counts the names and shows none
      assertThat(a.toString()).isEqualTo("IndexDictionary[3 names]");
    }

    @Test
    void namesAndIndexesRoundTrip() {
      IndexDictionary grades = IndexDictionary.of("Fail", "Pass", "Merit", "Distinction");

      for (int i = 0; i < grades.size(); i++) {
        assertThat(grades.indexOf(grades.name(i))).hasValue(i);
      }
      assertThat(grades.indexOf("Outstanding")).isEmpty();
      assertThat(grades.names()).containsExactly("Fail", "Pass", "Merit", "Distinction");
    }

    @Test
    void builderInternsInOrderOfFirstAppearance() {
      IndexDictionary.Builder builder = IndexDictionary.builder();
      assertThat(builder.intern("A-17")).isZero();
      assertThat(builder.intern("B-02")).isEqualTo(1);
      assertThat(builder.intern("A-17")).isZero();

      assertThat(builder.build()).isEqualTo(IndexDictionary.of("A-17", "B-02"));
    }

    @Test
    void rejectsBadNames() {
      assertThatThrownBy(() -> IndexDictionary.of("Pass", "Pass"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("repeated");
      assertThatThrownBy(() -> IndexDictionary.of("Pass", " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("blank");
      assertThatThrownBy(() -> IndexDictionary.of("Pass", null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> IndexDictionary.of("Pass").name(1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> IndexDictionary.builder().intern(""))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesCannotBeChangedFromOutside() {
      assertThatThrownBy(() -> IndexDictionary.of("Pass").names().add("Fail"))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class ResultColumnsContract {

    @Test
    void factoryCopiesItsArrays() {
      int[] assessors = {0, 1};
      ResultColumns columns =
          ResultColumns.of(assessors, new int[] {0, 0}, new boolean[] {true, false});
      assessors[0] = 7;

      assertThat(columns.assessor(0)).isZero();
      assertThat(columns.hasGrades()).isFalse();
      assertThat(columns.grade(1)).isEqualTo(ResultColumns.NO_GRADE);
    }

    @Test
    void builderAndFactoryAgree() {
      ResultColumns built =
          ResultColumns.builder(true).add(0, 1, true, 2).add(1, 0, false, 0).add(1, 1, true).build();
      ResultColumns direct =
          ResultColumns.of(
              new int[] {0, 1, 1},
              new int[] {1, 0, 1},
              new boolean[] {true, false, true},
              new byte[] {2, 0, -1});

      assertThat(built).isEqualTo(direct).hasSameHashCodeAs(direct);
      assertThat(built.size()).isEqualTo(3);
      assertThat(built.grade(2)).isEqualTo(ResultColumns.NO_GRADE);
      assertThat(built).isNotEqualTo(ResultColumns.of(new int[] {0}, new int[] {1}, new boolean[] {true}));
    }

    @Test
    void builderGrowsPastItsFirstCapacity() {
      ResultColumns.Builder builder = ResultColumns.builder(false);
      for (int i = 0; i < 1000; i++) {
        builder.add(i % 7, i % 3, i % 2 == 0);
      }
      ResultColumns columns = builder.build();

      assertThat(columns.size()).isEqualTo(1000);
      assertThat(columns.assessor(999)).isEqualTo(999 % 7);
    }

    @Test
    void rejectsInconsistentColumns() {
      assertThatThrownBy(() -> ResultColumns.of(new int[] {0}, new int[] {0, 1}, new boolean[] {true}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("differ in length");
      assertThatThrownBy(() -> ResultColumns.of(new int[] {-1}, new int[] {0}, new boolean[] {true}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("row 0");
      assertThatThrownBy(
              () ->
                  ResultColumns.of(
                      new int[] {0}, new int[] {0}, new boolean[] {true}, new byte[] {-2}))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ResultColumns.builder(false).add(0, 0, true, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no grade column");
      assertThatThrownBy(() -> ResultColumns.builder(true).add(0, 0, true, 200))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class CountsContract {

    @Test
    void accumulatorRejectsIndexesOutOfRangeAndMismatchedShapes() {
      VarianceAccumulator accumulator = VarianceAccumulator.create(2, 1, 3);
      assertThatThrownBy(() -> accumulator.add(2, 0, true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("assessor 2");
      assertThatThrownBy(() -> accumulator.add(0, 1, true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("stratum 1");
      assertThatThrownBy(() -> accumulator.add(0, 0, true, 3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("grade 3");
      assertThatThrownBy(() -> accumulator.combine(VarianceAccumulator.create(2, 1, 2)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("shapes");
      assertThatThrownBy(() -> VarianceAccumulator.create(1, 0, 0))
          .isInstanceOf(IllegalArgumentException.class);
      ResultColumns rows = ResultColumns.of(new int[] {0}, new int[] {0}, new boolean[] {true});
      assertThatThrownBy(() -> accumulator.addAll(rows, 0, 2))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultIsASnapshot() {
      VarianceAccumulator accumulator = VarianceAccumulator.create(1, 1, 0);
      accumulator.add(0, 0, true);
      VarianceCounts before = accumulator.result();
      accumulator.add(0, 0, false);

      assertThat(before.total()).isEqualTo(1);
      assertThat(accumulator.result().total()).isEqualTo(2);
      assertThat(before).isNotEqualTo(accumulator.result());
    }

    @Test
    void countsFactoryRejectsInconsistentCounts() {
      assertThatThrownBy(() -> VarianceCounts.ofAssessorTotals(new long[] {5}, new long[] {6}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("passes <= n");
      assertThatThrownBy(() -> VarianceCounts.of(1, 1, 2, new long[] {3}, new long[] {1}, new long[] {2, 2}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("more than n");
      assertThatThrownBy(() -> VarianceCounts.of(1, 1, 0, new long[] {3, 1}, new long[] {1}, new long[0]))
          .isInstanceOf(IllegalArgumentException.class);
      VarianceCounts counts = VarianceCounts.ofAssessorTotals(new long[] {3}, new long[] {1});
      assertThatThrownBy(() -> counts.n(1, 0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> counts.graded(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsEqualityIsByContent() {
      VarianceCounts a = VarianceCounts.ofAssessorTotals(new long[] {3, 4}, new long[] {1, 2});
      VarianceCounts b = VarianceCounts.ofAssessorTotals(new long[] {3, 4}, new long[] {1, 2});
      VarianceCounts c = VarianceCounts.ofAssessorTotals(new long[] {3, 4}, new long[] {1, 3});

      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
      assertThat(a.toString()).contains("n=7", "passes=3");
    }
  }

  @Nested
  class RecordContracts {

    @Test
    void insufficiency() {
      Insufficiency a = Insufficiency.of(InsufficiencyReason.BELOW_MINIMUM_N, 4, "only 4 results");
      assertThat(a).isEqualTo(new Insufficiency(InsufficiencyReason.BELOW_MINIMUM_N, 4, "only 4 results"));
      assertThatThrownBy(() -> Insufficiency.of(InsufficiencyReason.NO_RESULTS, -1, "x"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Insufficiency.of(InsufficiencyReason.NO_RESULTS, 0, " "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Insufficiency.of(null, 0, "x")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void limitAdjustment() {
      assertThat(LimitAdjustment.none()).isEqualTo(new LimitAdjustment(OverdispersionAdjustment.NONE, 1, 0));
      assertThat(LimitAdjustment.additive(0.01)).isEqualTo(LimitAdjustment.additive(0.01));
      assertThatThrownBy(() -> new LimitAdjustment(OverdispersionAdjustment.NONE, 2, 0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new LimitAdjustment(OverdispersionAdjustment.MULTIPLICATIVE, 2, 0.1))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void controlLimits() {
      ControlLimits limits = FunnelLimits.of(FunnelMethod.NORMAL, 0.7, 40, 0.95);
      assertThat(limits)
          .isEqualTo(
              new ControlLimits(
                  FunnelMethod.NORMAL, 0.7, 40, 0.95, LimitAdjustment.none(), limits.lower(), limits.upper()));
      assertThat(limits.isAbove(limits.upper())).isFalse();
      assertThat(limits.isBelow(limits.lower())).isFalse();
      assertThatThrownBy(
              () -> new ControlLimits(FunnelMethod.NORMAL, 0.7, 40, 0.95, LimitAdjustment.none(), 0.8, 0.9))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void options() {
      VarianceOptions defaults = VarianceOptions.defaults();
      assertThat(defaults.funnelMethod()).isEqualTo(FunnelMethod.EXACT_BINOMIAL);
      assertThat(defaults.levels()).containsExactly(0.95, 0.998);
      assertThat(defaults.flagLevel()).isEqualTo(0.998);
      assertThat(defaults.minimumN()).isEqualTo(20);
      assertThat(defaults.overdispersion()).isEqualTo(OverdispersionAdjustment.ADDITIVE);
      assertThat(defaults.pValueAdjustment()).isEqualTo(PValueAdjustment.BENJAMINI_HOCHBERG);
      assertThat(defaults.monteCarloSeed()).isEmpty();

      VarianceOptions changed =
          defaults
              .withFunnelMethod(FunnelMethod.ARCSINE)
              .withLevels(List.of(0.9, 0.95), 0.95)
              .withOverdispersion(OverdispersionAdjustment.MULTIPLICATIVE)
              .withMinimumN(30)
              .withFlagBasis(FlagBasis.ADJUSTED_P_VALUE)
              .withPValueAdjustment(PValueAdjustment.HOLM)
              .withCredibleLevel(0.9)
              .withMonteCarlo(11, 500);
      assertThat(changed)
          .isEqualTo(
              new VarianceOptions(
                  FunnelMethod.ARCSINE,
                  List.of(0.9, 0.95),
                  0.95,
                  OverdispersionAdjustment.MULTIPLICATIVE,
                  30,
                  FlagBasis.ADJUSTED_P_VALUE,
                  PValueAdjustment.HOLM,
                  0.9,
                  OptionalLong.of(11),
                  500));
      assertThat(changed).isNotEqualTo(defaults);
      assertThat(changed.withFunnelMethod(FunnelMethod.ARCSINE)).hasSameHashCodeAs(changed);
    }

    @Test
    void optionsRejectBadValues() {
      VarianceOptions defaults = VarianceOptions.defaults();
      assertThatThrownBy(() -> defaults.withLevels(List.of(0.95, 0.998), 0.99))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("flag level");
      assertThatThrownBy(() -> defaults.withLevels(List.of(0.998, 0.95), 0.95))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ascending");
      assertThatThrownBy(() -> defaults.withLevels(List.of(), 0.95))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> defaults.withLevels(List.of(1.0), 1.0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> defaults.withMinimumN(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> defaults.withCredibleLevel(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> defaults.withMonteCarlo(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void posteriorRate() {
      BetaBinomialPrior prior = new BetaBinomialPrior(6, 4, 10, 0.6, 1.0 / 11);
      assertThat(prior.posterior(20, 15, 0.95)).isEqualTo(PosteriorRate.of(prior, 20, 15, 0.95));
      assertThatThrownBy(() -> new PosteriorRate(5, 2, 1, 1, 0.5, 0.95, 0.6, 0.7))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
