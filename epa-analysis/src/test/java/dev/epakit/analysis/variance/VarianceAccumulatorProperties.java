package dev.epakit.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The accumulator is a commutative monoid: combining the accumulators of any split of the input, in
 * any grouping or order, gives the counts of one pass over all of it.
 */
class VarianceAccumulatorProperties {

  private static ResultColumns columns(int assessors, int strata, int grades, int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ResultColumns.Builder builder = ResultColumns.builder(grades > 0);
    for (int i = 0; i < size; i++) {
      int grade =
          grades == 0 || random.nextInt(10) == 0 ? ResultColumns.NO_GRADE : random.nextInt(grades);
      builder.add(random.nextInt(assessors), random.nextInt(strata), random.nextBoolean(), grade);
    }
    return builder.build();
  }

  private static VarianceCounts onePass(ResultColumns rows, int assessors, int strata, int grades) {
    return VarianceAccumulator.create(assessors, strata, grades).addAll(rows).result();
  }

  @Property
  void combiningAnySplitEqualsOnePass(
      @ForAll @IntRange(min = 1, max = 6) int assessors,
      @ForAll @IntRange(min = 1, max = 4) int strata,
      @ForAll @IntRange(min = 0, max = 4) int grades,
      @ForAll @IntRange(min = 0, max = 400) int size,
      @ForAll long seed,
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 400) Integer> cuts) {
    ResultColumns rows = columns(assessors, strata, grades, size, seed);
    List<Integer> bounds = new ArrayList<>();
    bounds.add(0);
    cuts.stream().map(c -> Math.min(c, size)).sorted().forEach(bounds::add);
    bounds.add(size);

    List<VarianceAccumulator> parts = new ArrayList<>();
    for (int i = 0; i + 1 < bounds.size(); i++) {
      parts.add(
          VarianceAccumulator.create(assessors, strata, grades)
              .addAll(rows, bounds.get(i), bounds.get(i + 1)));
    }
    // Combine right to left, so the grouping differs from the left fold of one pass.
    VarianceAccumulator combined = VarianceAccumulator.create(assessors, strata, grades);
    for (int i = parts.size() - 1; i >= 0; i--) {
      combined = parts.get(i).combine(combined);
    }

    VarianceCounts expected = onePass(rows, assessors, strata, grades);
    assertThat(combined.result()).isEqualTo(expected);
    assertThat(combined.result().hashCode()).isEqualTo(expected.hashCode());
  }

  @Property
  void combineIsAssociativeAndCommutative(
      @ForAll @IntRange(min = 1, max = 5) int assessors,
      @ForAll @IntRange(min = 1, max = 3) int strata,
      @ForAll @IntRange(min = 0, max = 3) int grades,
      @ForAll @IntRange(min = 0, max = 100) int sizeA,
      @ForAll @IntRange(min = 0, max = 100) int sizeB,
      @ForAll @IntRange(min = 0, max = 100) int sizeC,
      @ForAll long seed) {
    ResultColumns a = columns(assessors, strata, grades, sizeA, seed);
    ResultColumns b = columns(assessors, strata, grades, sizeB, seed + 1);
    ResultColumns c = columns(assessors, strata, grades, sizeC, seed + 2);

    VarianceCounts left =
        fresh(a, assessors, strata, grades)
            .combine(fresh(b, assessors, strata, grades))
            .combine(fresh(c, assessors, strata, grades))
            .result();
    VarianceCounts right =
        fresh(a, assessors, strata, grades)
            .combine(fresh(b, assessors, strata, grades).combine(fresh(c, assessors, strata, grades)))
            .result();
    VarianceCounts swapped =
        fresh(c, assessors, strata, grades)
            .combine(fresh(a, assessors, strata, grades))
            .combine(fresh(b, assessors, strata, grades))
            .result();

    assertThat(left).isEqualTo(right).isEqualTo(swapped);
  }

  @Property
  void countsAreConsistentWithTheRows(
      @ForAll @IntRange(min = 1, max = 6) int assessors,
      @ForAll @IntRange(min = 1, max = 4) int strata,
      @ForAll @IntRange(min = 0, max = 4) int grades,
      @ForAll @IntRange(min = 0, max = 300) int size,
      @ForAll long seed) {
    ResultColumns rows = columns(assessors, strata, grades, size, seed);
    VarianceCounts counts = onePass(rows, assessors, strata, grades);

    long passes = 0;
    for (int i = 0; i < rows.size(); i++) {
      passes += rows.pass(i) ? 1 : 0;
    }
    assertThat(counts.total()).isEqualTo(size);
    assertThat(counts.totalPasses()).isEqualTo(passes);
    long sumOverAssessors = 0;
    for (int a = 0; a < assessors; a++) {
      sumOverAssessors += counts.assessorN(a);
      assertThat(counts.assessorPasses(a)).isBetween(0L, counts.assessorN(a));
      long graded = 0;
      for (long g : counts.assessorGrades(a)) {
        graded += g;
      }
      assertThat(graded).isLessThanOrEqualTo(counts.assessorN(a));
    }
    assertThat(sumOverAssessors).isEqualTo(size);
    // Round trip through the flat-array factory.
    long[] n = new long[assessors * strata];
    long[] p = new long[assessors * strata];
    long[] g = new long[assessors * strata * grades];
    for (int a = 0; a < assessors; a++) {
      for (int s = 0; s < strata; s++) {
        n[a * strata + s] = counts.n(a, s);
        p[a * strata + s] = counts.passes(a, s);
        for (int k = 0; k < grades; k++) {
          g[(a * strata + s) * grades + k] = counts.graded(a, s, k);
        }
      }
    }
    assertThat(VarianceCounts.of(assessors, strata, grades, n, p, g)).isEqualTo(counts);
  }

  private static VarianceAccumulator fresh(ResultColumns rows, int assessors, int strata, int grades) {
    return VarianceAccumulator.create(assessors, strata, grades).addAll(rows);
  }
}
