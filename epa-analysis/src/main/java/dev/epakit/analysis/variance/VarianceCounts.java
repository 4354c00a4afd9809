package dev.epakit.analysis.variance;

import java.util.Arrays;
import java.util.Objects;

/**
 * Per-assessor, per-stratum counts: the number of results, the number of passes and the number of
 * results at each grade. The result of a {@link VarianceAccumulator}, and the only input of {@link
 * AssessorVarianceAnalysis}.
 *
 * <p>Results without a grade count in {@code n} and {@code passes} but at no grade, so the grade
 * counts of a cell add up to at most its {@code n}.
 *
 * <p>Immutable and thread-safe. Equal when the shapes and every count are equal.
 */
public final class VarianceCounts {

  private final int assessorCount;
  private final int stratumCount;
  private final int gradeCount;
  private final long[] n;
  private final long[] passes;
  private final long[] grades;

  VarianceCounts(
      int assessorCount, int stratumCount, int gradeCount, long[] n, long[] passes, long[] grades) {
    this.assessorCount = assessorCount;
    this.stratumCount = stratumCount;
    this.gradeCount = gradeCount;
    this.n = n;
    this.passes = passes;
    this.grades = grades;
  }

  /**
   * Creates counts from flat arrays, cell {@code (a, s)} at {@code a * stratumCount + s} and grade
   * {@code g} of that cell at {@code (a * stratumCount + s) * gradeCount + g}. The arrays are
   * copied. Meant for counts kept elsewhere (a database, a previous run) and for tests.
   *
   * @param assessorCount number of assessors, at least zero
   * @param stratumCount number of strata, at least one
   * @param gradeCount number of grades on the scale, zero when there are no grades
   * @param n results per cell, length {@code assessorCount * stratumCount}; not null
   * @param passes passes per cell, same length, each at most its {@code n}; not null
   * @param grades results per cell and grade, length {@code assessorCount * stratumCount *
   *     gradeCount}, adding up to at most the cell's {@code n}; not null
   * @return the counts, never {@code null}
   * @throws IllegalArgumentException if a size, length or count is inconsistent or negative
   */
  public static VarianceCounts of(
      int assessorCount, int stratumCount, int gradeCount, long[] n, long[] passes, long[] grades) {
    checkShape(assessorCount, stratumCount, gradeCount);
    Objects.requireNonNull(n, "n");
    Objects.requireNonNull(passes, "passes");
    Objects.requireNonNull(grades, "grades");
    int cells = assessorCount * stratumCount;
    if (n.length != cells || passes.length != cells || grades.length != cells * gradeCount) {
      throw new IllegalArgumentException(
          "array lengths do not match " + assessorCount + " assessors x " + stratumCount
              + " strata x " + gradeCount + " grades");
    }
    for (int c = 0; c < cells; c++) {
      if (n[c] < 0 || passes[c] < 0 || passes[c] > n[c]) {
        throw new IllegalArgumentException(
            "cell " + c + ": need 0 <= passes <= n, got passes " + passes[c] + ", n " + n[c]);
      }
      long graded = 0;
      for (int g = 0; g < gradeCount; g++) {
        long count = grades[c * gradeCount + g];
        if (count < 0) {
          throw new IllegalArgumentException("cell " + c + ": negative grade count");
        }
        graded += count;
      }
      if (graded > n[c]) {
        throw new IllegalArgumentException(
            "cell " + c + ": grade counts add up to " + graded + ", more than n " + n[c]);
      }
    }
    return new VarianceCounts(
        assessorCount, stratumCount, gradeCount, n.clone(), passes.clone(), grades.clone());
  }

  /**
   * Creates counts for one stratum and no grades, from per-assessor totals: the simplest funnel
   * plot, without case mix.
   *
   * @param n results per assessor; not null
   * @param passes passes per assessor, same length, each at most its {@code n}; not null
   * @return the counts, never {@code null}
   * @throws IllegalArgumentException if the lengths differ or a count is inconsistent
   */
  public static VarianceCounts ofAssessorTotals(long[] n, long[] passes) {
    Objects.requireNonNull(n, "n");
    Objects.requireNonNull(passes, "passes");
    if (n.length != passes.length) {
      throw new IllegalArgumentException("n and passes differ in length");
    }
    return of(n.length, 1, 0, n, passes, new long[0]);
  }

  static void checkShape(int assessorCount, int stratumCount, int gradeCount) {
    if (assessorCount < 0 || stratumCount < 1 || gradeCount < 0) {
      throw new IllegalArgumentException(
          "need assessors >= 0, strata >= 1, grades >= 0; got "
              + assessorCount + ", " + stratumCount + ", " + gradeCount);
    }
    if ((long) assessorCount * stratumCount * Math.max(1, gradeCount) > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many assessor x stratum x grade cells");
    }
    if (gradeCount > Byte.MAX_VALUE + 1) {
      throw new IllegalArgumentException("at most 128 grades are supported, got " + gradeCount);
    }
  }

  /**
   * Returns the number of assessors (the size of the assessor dictionary).
   *
   * @return the number of assessors, at least zero
   */
  public int assessorCount() {
    return assessorCount;
  }

  /**
   * Returns the number of strata.
   *
   * @return the number of strata, at least one
   */
  public int stratumCount() {
    return stratumCount;
  }

  /**
   * Returns the number of grades on the scale.
   *
   * @return the number of grades, zero when no grades are counted
   */
  public int gradeCount() {
    return gradeCount;
  }

  /**
   * Returns the number of results of an assessor in a stratum.
   *
   * @param assessor assessor index
   * @param stratum stratum index
   * @return the count, at least zero
   * @throws IllegalArgumentException if an index is out of range
   */
  public long n(int assessor, int stratum) {
    return n[cell(assessor, stratum)];
  }

  /**
   * Returns the number of passes of an assessor in a stratum.
   *
   * @param assessor assessor index
   * @param stratum stratum index
   * @return the count, at least zero
   * @throws IllegalArgumentException if an index is out of range
   */
  public long passes(int assessor, int stratum) {
    return passes[cell(assessor, stratum)];
  }

  /**
   * Returns the number of results of an assessor in a stratum at a grade.
   *
   * @param assessor assessor index
   * @param stratum stratum index
   * @param grade grade index
   * @return the count, at least zero
   * @throws IllegalArgumentException if an index is out of range
   */
  public long graded(int assessor, int stratum, int grade) {
    if (grade < 0 || grade >= gradeCount) {
      throw new IllegalArgumentException("grade " + grade + " out of range 0.." + (gradeCount - 1));
    }
    return grades[cell(assessor, stratum) * gradeCount + grade];
  }

  /**
   * Returns the number of results of an assessor over all strata.
   *
   * @param assessor assessor index
   * @return the count, at least zero
   * @throws IllegalArgumentException if the index is out of range
   */
  public long assessorN(int assessor) {
    checkAssessor(assessor);
    long total = 0;
    for (int s = 0; s < stratumCount; s++) {
      total += n[assessor * stratumCount + s];
    }
    return total;
  }

  /**
   * Returns the number of passes of an assessor over all strata.
   *
   * @param assessor assessor index
   * @return the count, at least zero
   * @throws IllegalArgumentException if the index is out of range
   */
  public long assessorPasses(int assessor) {
    checkAssessor(assessor);
    long total = 0;
    for (int s = 0; s < stratumCount; s++) {
      total += passes[assessor * stratumCount + s];
    }
    return total;
  }

  /**
   * Returns an assessor's count at each grade, over all strata.
   *
   * @param assessor assessor index
   * @return a new array of length {@link #gradeCount()}, never {@code null}
   * @throws IllegalArgumentException if the index is out of range
   */
  public long[] assessorGrades(int assessor) {
    checkAssessor(assessor);
    long[] totals = new long[gradeCount];
    for (int s = 0; s < stratumCount; s++) {
      int base = (assessor * stratumCount + s) * gradeCount;
      for (int g = 0; g < gradeCount; g++) {
        totals[g] += grades[base + g];
      }
    }
    return totals;
  }

  /**
   * Returns the number of results in a stratum over all assessors.
   *
   * @param stratum stratum index
   * @return the count, at least zero
   * @throws IllegalArgumentException if the index is out of range
   */
  public long stratumN(int stratum) {
    checkStratum(stratum);
    long total = 0;
    for (int a = 0; a < assessorCount; a++) {
      total += n[a * stratumCount + stratum];
    }
    return total;
  }

  /**
   * Returns the number of passes in a stratum over all assessors.
   *
   * @param stratum stratum index
   * @return the count, at least zero
   * @throws IllegalArgumentException if the index is out of range
   */
  public long stratumPasses(int stratum) {
    checkStratum(stratum);
    long total = 0;
    for (int a = 0; a < assessorCount; a++) {
      total += passes[a * stratumCount + stratum];
    }
    return total;
  }

  /**
   * Returns the pool's count at each grade, over all assessors and strata.
   *
   * @return a new array of length {@link #gradeCount()}, never {@code null}
   */
  public long[] poolGrades() {
    long[] totals = new long[gradeCount];
    for (int i = 0; i < grades.length; i++) {
      totals[i % Math.max(1, gradeCount)] += grades[i];
    }
    return totals;
  }

  /**
   * Returns the number of results in the pool.
   *
   * @return the count, at least zero
   */
  public long total() {
    return Arrays.stream(n).sum();
  }

  /**
   * Returns the number of passes in the pool.
   *
   * @return the count, at least zero
   */
  public long totalPasses() {
    return Arrays.stream(passes).sum();
  }

  private int cell(int assessor, int stratum) {
    checkAssessor(assessor);
    checkStratum(stratum);
    return assessor * stratumCount + stratum;
  }

  private void checkAssessor(int assessor) {
    if (assessor < 0 || assessor >= assessorCount) {
      throw new IllegalArgumentException(
          "assessor " + assessor + " out of range 0.." + (assessorCount - 1));
    }
  }

  private void checkStratum(int stratum) {
    if (stratum < 0 || stratum >= stratumCount) {
      throw new IllegalArgumentException(
          "stratum " + stratum + " out of range 0.." + (stratumCount - 1));
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VarianceCounts that
        && assessorCount == that.assessorCount
        && stratumCount == that.stratumCount
        && gradeCount == that.gradeCount
        && Arrays.equals(n, that.n)
        && Arrays.equals(passes, that.passes)
        && Arrays.equals(grades, that.grades);
  }

  @Override
  public int hashCode() {
    int hash = Objects.hash(assessorCount, stratumCount, gradeCount);
    hash = 31 * hash + Arrays.hashCode(n);
    hash = 31 * hash + Arrays.hashCode(passes);
    return 31 * hash + Arrays.hashCode(grades);
  }

  @Override
  public String toString() {
    return "VarianceCounts[assessors=" + assessorCount + ", strata=" + stratumCount
        + ", grades=" + gradeCount + ", n=" + total() + ", passes=" + totalPasses() + "]";
  }
}
