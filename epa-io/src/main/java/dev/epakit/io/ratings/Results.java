package dev.epakit.io.ratings;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Graded results read from a results file, one row per result, held as dictionary-encoded columns
 * of primitives so that millions of rows fit in a few tens of megabytes: for each row the index of
 * its assessor, standard, assessment method, provider and grade.
 *
 * <p>Dictionaries turn indexes back into names: {@link #assessors()}, {@link #standards()},
 * {@link #methods()}, {@link #providers()} list names in order of first appearance in the file,
 * and {@link #grades()} lists the grade scale lowest first ({@link #gradeOrigin()} says where that
 * order came from). A file without a {@code standard}, {@code method} or {@code provider} column
 * has a single entry {@code ""} in that dictionary; so does a blank cell.
 *
 * <p>Which grades are passes: with a declared scale, every grade but the first; with the standard
 * grades, every grade but Fail. {@link #isPass(int)} answers per row.
 *
 * <p>Immutable and thread-safe: the arrays are never exposed.
 */
public final class Results {

  private final int[] assessor;
  private final int[] standard;
  private final int[] method;
  private final int[] provider;
  private final byte[] grade;
  private final boolean[] passingGrade;
  private final List<String> assessors;
  private final List<String> standards;
  private final List<String> methods;
  private final List<String> providers;
  private final List<String> grades;
  private final CategoryOrigin gradeOrigin;
  private final LocalDate firstDate;
  private final LocalDate lastDate;

  Results(int[] assessor, int[] standard, int[] method, int[] provider, byte[] grade,
      boolean[] passingGrade, List<String> assessors, List<String> standards, List<String> methods,
      List<String> providers, List<String> grades, CategoryOrigin gradeOrigin,
      LocalDate firstDate, LocalDate lastDate) {
    this.assessor = assessor;
    this.standard = standard;
    this.method = method;
    this.provider = provider;
    this.grade = grade;
    this.passingGrade = passingGrade;
    this.assessors = List.copyOf(assessors);
    this.standards = List.copyOf(standards);
    this.methods = List.copyOf(methods);
    this.providers = List.copyOf(providers);
    this.grades = List.copyOf(grades);
    this.gradeOrigin = Objects.requireNonNull(gradeOrigin, "gradeOrigin");
    this.firstDate = firstDate;
    this.lastDate = lastDate;
  }

  /**
   * The number of results.
   *
   * @return the number of rows, at least zero
   */
  public int size() {
    return assessor.length;
  }

  /**
   * The assessor index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return an index into {@link #assessors()}
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int assessor(int row) {
    return assessor[row];
  }

  /**
   * The standard index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return an index into {@link #standards()}
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int standard(int row) {
    return standard[row];
  }

  /**
   * The assessment-method index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return an index into {@link #methods()}
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int method(int row) {
    return method[row];
  }

  /**
   * The provider index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return an index into {@link #providers()}
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int provider(int row) {
    return provider[row];
  }

  /**
   * The grade index of a row on the scale {@link #grades()}, lowest first.
   *
   * @param row a row in {@code 0..size()-1}
   * @return an index into {@link #grades()}
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int grade(int row) {
    return grade[row];
  }

  /**
   * Tells whether a row's grade is a pass.
   *
   * @param row a row in {@code 0..size()-1}
   * @return {@code true} for any grade but the failing one
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public boolean isPass(int row) {
    return passingGrade[grade[row]];
  }

  /**
   * Tells whether a grade of the scale is a pass.
   *
   * @param gradeIndex an index into {@link #grades()}
   * @return {@code true} for any grade but the failing one
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public boolean isPassingGrade(int gradeIndex) {
    return passingGrade[gradeIndex];
  }

  /**
   * The assessors' identifiers, in order of first appearance.
   *
   * @return an unmodifiable list, never {@code null}
   */
  public List<String> assessors() {
    return assessors;
  }

  /**
   * The standards, in order of first appearance; {@code [""]} when the file has no such column.
   *
   * @return an unmodifiable list, never {@code null}
   */
  public List<String> standards() {
    return standards;
  }

  /**
   * The assessment methods, in order of first appearance; {@code [""]} when the file has no such
   * column.
   *
   * @return an unmodifiable list, never {@code null}
   */
  public List<String> methods() {
    return methods;
  }

  /**
   * The providers, in order of first appearance; {@code [""]} when the file has no such column.
   *
   * @return an unmodifiable list, never {@code null}
   */
  public List<String> providers() {
    return providers;
  }

  /**
   * The grade scale, lowest first.
   *
   * @return an unmodifiable list, never {@code null}
   */
  public List<String> grades() {
    return grades;
  }

  /**
   * Where the order of {@link #grades()} came from.
   *
   * @return {@link CategoryOrigin#DECLARED} or {@link CategoryOrigin#STANDARD_GRADES}, never
   *     {@code null}
   */
  public CategoryOrigin gradeOrigin() {
    return gradeOrigin;
  }

  /**
   * The earliest date in the {@code date} column.
   *
   * @return the date, or empty when there is no date column or no date in it
   */
  public Optional<LocalDate> firstDate() {
    return Optional.ofNullable(firstDate);
  }

  /**
   * The latest date in the {@code date} column.
   *
   * @return the date, or empty when there is no date column or no date in it
   */
  public Optional<LocalDate> lastDate() {
    return Optional.ofNullable(lastDate);
  }

  @Override
  public String toString() {
    return "Results[" + size() + " results, " + assessors.size() + " assessors, grades " + grades
        + "]";
  }
}
