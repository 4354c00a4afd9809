package dev.epakit.analysis.variance;

import java.util.Arrays;
import java.util.Objects;

/**
 * Results held as columns of primitives, one row per result: the assessor's index, the stratum's
 * index (a standard by assessment method, for case mix), whether the result was a pass and,
 * optionally, the index of the grade on an ordered scale.
 *
 * <p>Ten million rows take about 100 MB (4 + 4 + 1 + 1 bytes a row). Indexes come from {@link
 * IndexDictionary dictionaries}; this type checks only that they are not negative, and the {@link
 * VarianceAccumulator} checks them against its sizes. A row without a grade holds {@link
 * #NO_GRADE}. The pass flag and the grade are independent columns: which grades count as a pass is
 * the caller's decision, usually every grade but the lowest.
 *
 * <p>Immutable and thread-safe: factories copy the arrays they are given and accessors never
 * expose the internal arrays.
 */
public final class ResultColumns {

  /** The grade index of a row that has no grade recorded. */
  public static final byte NO_GRADE = -1;

  private final int[] assessors;
  private final int[] strata;
  private final boolean[] passes;
  private final byte[] grades; // null when there is no grade column

  private ResultColumns(int[] assessors, int[] strata, boolean[] passes, byte[] grades) {
    this.assessors = assessors;
    this.strata = strata;
    this.passes = passes;
    this.grades = grades;
  }

  /**
   * Creates columns without grades. The arrays are copied.
   *
   * @param assessors assessor index of each row, not negative; not null
   * @param strata stratum index of each row, not negative; not null
   * @param passes pass flag of each row; not null
   * @return the columns, never {@code null}
   * @throws IllegalArgumentException if the arrays differ in length or an index is negative
   */
  public static ResultColumns of(int[] assessors, int[] strata, boolean[] passes) {
    return create(assessors, strata, passes, null);
  }

  /**
   * Creates columns with grades. The arrays are copied.
   *
   * @param assessors assessor index of each row, not negative; not null
   * @param strata stratum index of each row, not negative; not null
   * @param passes pass flag of each row; not null
   * @param grades grade index of each row on an ordered scale, or {@link #NO_GRADE}; not null
   * @return the columns, never {@code null}
   * @throws IllegalArgumentException if the arrays differ in length, an index is negative or a
   *     grade is below {@link #NO_GRADE}
   */
  public static ResultColumns of(
      int[] assessors, int[] strata, boolean[] passes, byte[] grades) {
    return create(assessors, strata, passes, Objects.requireNonNull(grades, "grades"));
  }

  private static ResultColumns create(
      int[] assessors, int[] strata, boolean[] passes, byte[] grades) {
    Objects.requireNonNull(assessors, "assessors");
    Objects.requireNonNull(strata, "strata");
    Objects.requireNonNull(passes, "passes");
    int size = assessors.length;
    if (strata.length != size || passes.length != size || (grades != null && grades.length != size)) {
      throw new IllegalArgumentException(
          "columns differ in length: assessors "
              + size
              + ", strata "
              + strata.length
              + ", passes "
              + passes.length
              + (grades == null ? "" : ", grades " + grades.length));
    }
    for (int i = 0; i < size; i++) {
      checkRow(i, assessors[i], strata[i], grades == null ? NO_GRADE : grades[i]);
    }
    return new ResultColumns(
        assessors.clone(), strata.clone(), passes.clone(), grades == null ? null : grades.clone());
  }

  private static void checkRow(int row, int assessor, int stratum, int grade) {
    if (assessor < 0) {
      throw new IllegalArgumentException("row " + row + ": negative assessor index " + assessor);
    }
    if (stratum < 0) {
      throw new IllegalArgumentException("row " + row + ": negative stratum index " + stratum);
    }
    if (grade < NO_GRADE) {
      throw new IllegalArgumentException("row " + row + ": grade index below -1: " + grade);
    }
  }

  /**
   * Starts a builder that grows its columns as rows are added, for input of unknown length.
   *
   * @param withGrades whether the columns will have a grade column
   * @return a new empty builder, never {@code null}
   */
  public static Builder builder(boolean withGrades) {
    return new Builder(withGrades);
  }

  /**
   * Returns the number of rows.
   *
   * @return the number of results, at least zero
   */
  public int size() {
    return assessors.length;
  }

  /**
   * Tells whether these columns have a grade column.
   *
   * @return true if grades were given
   */
  public boolean hasGrades() {
    return grades != null;
  }

  /**
   * Returns the assessor index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the assessor index, not negative
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int assessor(int row) {
    return assessors[row];
  }

  /**
   * Returns the stratum index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the stratum index, not negative
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int stratum(int row) {
    return strata[row];
  }

  /**
   * Returns the pass flag of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return true if the result was a pass
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public boolean pass(int row) {
    return passes[row];
  }

  /**
   * Returns the grade index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the grade index, or {@link #NO_GRADE} if none was recorded or there is no grade column
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int grade(int row) {
    return grades == null ? checkedNoGrade(row) : grades[row];
  }

  private int checkedNoGrade(int row) {
    Objects.checkIndex(row, assessors.length);
    return NO_GRADE;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResultColumns that
        && Arrays.equals(assessors, that.assessors)
        && Arrays.equals(strata, that.strata)
        && Arrays.equals(passes, that.passes)
        && Arrays.equals(grades, that.grades);
  }

  @Override
  public int hashCode() {
    int hash = Arrays.hashCode(assessors);
    hash = 31 * hash + Arrays.hashCode(strata);
    hash = 31 * hash + Arrays.hashCode(passes);
    return 31 * hash + Arrays.hashCode(grades);
  }

  @Override
  public String toString() {
    return "ResultColumns[size=" + size() + ", grades=" + hasGrades() + "]";
  }

  /** Grows columns row by row. Mutable and not thread-safe. */
  public static final class Builder {
    private final boolean withGrades;
    private int size;
    private int[] assessors = new int[16];
    private int[] strata = new int[16];
    private boolean[] passes = new boolean[16];
    private byte[] grades;

    private Builder(boolean withGrades) {
      this.withGrades = withGrades;
      this.grades = withGrades ? new byte[16] : null;
    }

    /**
     * Adds a row without a grade.
     *
     * @param assessor assessor index, not negative
     * @param stratum stratum index, not negative
     * @param pass whether the result was a pass
     * @return this builder
     * @throws IllegalArgumentException if an index is negative
     */
    public Builder add(int assessor, int stratum, boolean pass) {
      return add(assessor, stratum, pass, NO_GRADE);
    }

    /**
     * Adds a row.
     *
     * @param assessor assessor index, not negative
     * @param stratum stratum index, not negative
     * @param pass whether the result was a pass
     * @param grade grade index, or {@link #NO_GRADE}; must be {@link #NO_GRADE} for a builder
     *     without grades
     * @return this builder
     * @throws IllegalArgumentException if an index is negative or out of the byte range, or a grade
     *     is given to a builder without grades
     */
    public Builder add(int assessor, int stratum, boolean pass, int grade) {
      checkRow(size, assessor, stratum, grade);
      if (grade > Byte.MAX_VALUE) {
        throw new IllegalArgumentException("grade index above " + Byte.MAX_VALUE + ": " + grade);
      }
      if (!withGrades && grade != NO_GRADE) {
        throw new IllegalArgumentException("this builder has no grade column");
      }
      if (size == assessors.length) {
        int capacity = Math.max(16, size + (size >> 1));
        assessors = Arrays.copyOf(assessors, capacity);
        strata = Arrays.copyOf(strata, capacity);
        passes = Arrays.copyOf(passes, capacity);
        if (withGrades) {
          grades = Arrays.copyOf(grades, capacity);
        }
      }
      assessors[size] = assessor;
      strata[size] = stratum;
      passes[size] = pass;
      if (withGrades) {
        grades[size] = (byte) grade;
      }
      size++;
      return this;
    }

    /**
     * Builds the columns of the rows added so far.
     *
     * @return the columns, never {@code null}
     */
    public ResultColumns build() {
      return new ResultColumns(
          Arrays.copyOf(assessors, size),
          Arrays.copyOf(strata, size),
          Arrays.copyOf(passes, size),
          withGrades ? Arrays.copyOf(grades, size) : null);
    }
  }
}
