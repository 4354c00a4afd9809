package dev.epakit.analysis.variance;

import java.util.Objects;

/**
 * A mergeable accumulator of per-assessor, per-stratum counts: add results one at a time or a
 * column range at a time, {@link #combine combine} partial accumulators in any grouping, and take
 * an immutable {@link VarianceCounts} {@link #result() result}.
 *
 * <p>{@code combine} is associative and commutative (it adds counts), so splitting the input in
 * any way and combining the parts gives the same result as one pass: the accumulator works over a
 * stream ({@code Collector.of(supplier, add, VarianceAccumulator::combine, result)}), in parallel,
 * or inside a distributed engine's aggregation.
 *
 * <p>Memory is three {@code long} arrays of {@code assessors x strata} cells plus one of {@code
 * assessors x strata x grades}, independent of the number of results.
 *
 * <p>Mutable and <b>not</b> thread-safe: give each thread its own accumulator and combine them.
 */
public final class VarianceAccumulator {

  private final int assessorCount;
  private final int stratumCount;
  private final int gradeCount;
  private final long[] n;
  private final long[] passes;
  private final long[] grades;

  private VarianceAccumulator(int assessorCount, int stratumCount, int gradeCount) {
    this.assessorCount = assessorCount;
    this.stratumCount = stratumCount;
    this.gradeCount = gradeCount;
    int cells = assessorCount * stratumCount;
    this.n = new long[cells];
    this.passes = new long[cells];
    this.grades = new long[cells * gradeCount];
  }

  /**
   * Creates an empty accumulator of a fixed shape, usually the sizes of the assessor, stratum and
   * grade {@link IndexDictionary dictionaries}.
   *
   * @param assessorCount number of assessors, at least zero
   * @param stratumCount number of strata, at least one
   * @param gradeCount number of grades on the scale, zero when grades are not counted
   * @return a new accumulator, never {@code null}
   * @throws IllegalArgumentException if a size is out of range
   */
  public static VarianceAccumulator create(int assessorCount, int stratumCount, int gradeCount) {
    VarianceCounts.checkShape(assessorCount, stratumCount, gradeCount);
    return new VarianceAccumulator(assessorCount, stratumCount, gradeCount);
  }

  /**
   * Adds one result without a grade.
   *
   * @param assessor assessor index in {@code 0..assessorCount-1}
   * @param stratum stratum index in {@code 0..stratumCount-1}
   * @param pass whether the result was a pass
   * @throws IllegalArgumentException if an index is out of range
   */
  public void add(int assessor, int stratum, boolean pass) {
    add(assessor, stratum, pass, ResultColumns.NO_GRADE);
  }

  /**
   * Adds one result.
   *
   * @param assessor assessor index in {@code 0..assessorCount-1}
   * @param stratum stratum index in {@code 0..stratumCount-1}
   * @param pass whether the result was a pass
   * @param grade grade index in {@code 0..gradeCount-1}, or {@link ResultColumns#NO_GRADE}
   * @throws IllegalArgumentException if an index is out of range
   */
  public void add(int assessor, int stratum, boolean pass, int grade) {
    if (assessor < 0 || assessor >= assessorCount) {
      throw new IllegalArgumentException(
          "assessor " + assessor + " out of range 0.." + (assessorCount - 1));
    }
    if (stratum < 0 || stratum >= stratumCount) {
      throw new IllegalArgumentException(
          "stratum " + stratum + " out of range 0.." + (stratumCount - 1));
    }
    if (grade < ResultColumns.NO_GRADE || grade >= gradeCount) {
      throw new IllegalArgumentException(
          "grade " + grade + " out of range -1.." + (gradeCount - 1));
    }
    int cell = assessor * stratumCount + stratum;
    n[cell]++;
    if (pass) {
      passes[cell]++;
    }
    if (grade != ResultColumns.NO_GRADE) {
      grades[cell * gradeCount + grade]++;
    }
  }

  /**
   * Adds every row of some columns.
   *
   * @param columns the results; not null
   * @return this accumulator
   * @throws IllegalArgumentException if an index is out of range; rows before it stay added
   */
  public VarianceAccumulator addAll(ResultColumns columns) {
    return addAll(columns, 0, columns.size());
  }

  /**
   * Adds the rows {@code from} (inclusive) to {@code to} (exclusive) of some columns, so that one
   * set of columns can be split between accumulators.
   *
   * @param columns the results; not null
   * @param from first row, in {@code 0..columns.size()}
   * @param to row after the last, in {@code from..columns.size()}
   * @return this accumulator
   * @throws IllegalArgumentException if the range or an index is out of range
   */
  public VarianceAccumulator addAll(ResultColumns columns, int from, int to) {
    Objects.requireNonNull(columns, "columns");
    if (from < 0 || to > columns.size() || from > to) {
      throw new IllegalArgumentException(
          "row range [" + from + ", " + to + ") not within 0.." + columns.size());
    }
    for (int row = from; row < to; row++) {
      add(columns.assessor(row), columns.stratum(row), columns.pass(row), columns.grade(row));
    }
    return this;
  }

  /**
   * Adds the counts of another accumulator of the same shape to this one. The other accumulator
   * is left unchanged.
   *
   * @param other an accumulator with the same numbers of assessors, strata and grades; not null
   * @return this accumulator
   * @throws IllegalArgumentException if the shapes differ
   */
  public VarianceAccumulator combine(VarianceAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (other.assessorCount != assessorCount
        || other.stratumCount != stratumCount
        || other.gradeCount != gradeCount) {
      throw new IllegalArgumentException(
          "cannot combine accumulators of different shapes: " + shape() + " and " + other.shape());
    }
    for (int i = 0; i < n.length; i++) {
      n[i] += other.n[i];
      passes[i] += other.passes[i];
    }
    for (int i = 0; i < grades.length; i++) {
      grades[i] += other.grades[i];
    }
    return this;
  }

  /**
   * Returns a snapshot of the counts so far. Later additions do not change it.
   *
   * @return the counts, never {@code null}
   */
  public VarianceCounts result() {
    return new VarianceCounts(
        assessorCount, stratumCount, gradeCount, n.clone(), passes.clone(), grades.clone());
  }

  private String shape() {
    return assessorCount + "x" + stratumCount + "x" + gradeCount;
  }

  @Override
  public String toString() {
    return "VarianceAccumulator[" + shape() + "]";
  }
}
