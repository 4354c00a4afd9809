package dev.epakit.core.grade;

import dev.epakit.core.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered set of named grades, lowest first, in which every failing grade ranks below every
 * passing grade: {@code Fail < Pass < Distinction}, {@code Fail < Pass < Merit < Distinction}, or a
 * two-tier {@code Fail < Pass < Distinction} of the 2025 reform.
 *
 * <p>Each assessment method of a plan has its own scale, and so has the overall grade. Names are
 * matched ignoring letter case and surrounding white space, and must be unique in that sense.
 *
 * <p>Immutable and thread-safe.
 */
public final class GradeScale {

  private final List<Grade> grades;

  private GradeScale(List<Grade> grades) {
    this.grades = grades;
  }

  /**
   * Creates a scale from its failing and passing grade names, each list lowest first.
   *
   * @param failing names of the failing grades, lowest first; may be empty
   * @param passing names of the passing grades, lowest first; at least one
   * @return the scale, or every problem found (blank or duplicate names, no passing grade)
   */
  public static Validation<Seq<Problem>, GradeScale> create(
      java.util.List<String> failing, java.util.List<String> passing) {
    Objects.requireNonNull(failing, "failing");
    Objects.requireNonNull(passing, "passing");
    List<Problem> problems = List.empty();
    if (passing.isEmpty()) {
      problems = problems.append(Problem.of("scale.no-pass", "grades", "a grade scale needs at least one passing grade"));
    }
    Set<String> seen = new HashSet<>();
    List<Grade> grades = List.empty();
    int rank = 0;
    for (String name : List.ofAll(failing).appendAll(passing)) {
      boolean isPassing = rank >= failing.size();
      if (name == null || name.isBlank()) {
        problems = problems.append(Problem.of("scale.blank-grade", "grades", "a grade name cannot be blank"));
      } else if (!seen.add(key(name))) {
        problems = problems.append(
            Problem.of("scale.duplicate-grade", "grades", "grade '" + name.strip() + "' appears twice"));
      } else {
        grades = grades.append(new Grade(name.strip(), grades.size(), isPassing));
      }
      rank++;
    }
    return problems.isEmpty() ? Validation.valid(new GradeScale(grades)) : Validation.invalid(problems);
  }

  /**
   * A scale with one failing grade followed by passing grades, for trusted constants: {@code
   * GradeScale.of("Fail", "Pass", "Distinction")}.
   *
   * @param fail the name of the single failing grade
   * @param passing the passing grades, lowest first
   * @return the scale
   * @throws IllegalArgumentException if the names are blank or repeated, or no passing grade given
   */
  public static GradeScale of(String fail, String... passing) {
    Validation<Seq<Problem>, GradeScale> scale = create(java.util.List.of(fail), java.util.List.of(passing));
    if (scale.isInvalid()) {
      throw new IllegalArgumentException(scale.getError().head().message());
    }
    return scale.get();
  }

  /** Fail, Pass. @return the two-grade scale */
  public static GradeScale failPass() {
    return of("Fail", "Pass");
  }

  /** Fail, Pass, Distinction: also the two-tier scale of reformed plans. @return the scale */
  public static GradeScale failPassDistinction() {
    return of("Fail", "Pass", "Distinction");
  }

  /** Fail, Pass, Merit, Distinction. @return the scale */
  public static GradeScale failPassMeritDistinction() {
    return of("Fail", "Pass", "Merit", "Distinction");
  }

  /** The grades, lowest first. @return an immutable list, never empty */
  public List<Grade> grades() {
    return grades;
  }

  /** The number of grades. @return at least 1 */
  public int size() {
    return grades.size();
  }

  /** The grade at a rank. @param rank 0 to size − 1 @return the grade */
  public Grade get(int rank) {
    return grades.get(rank);
  }

  /** The lowest grade. @return the lowest grade (failing, when the scale has one) */
  public Grade lowest() {
    return grades.head();
  }

  /** The highest grade. @return the highest grade, always passing */
  public Grade highest() {
    return grades.last();
  }

  /** The lowest passing grade. @return the lowest passing grade */
  public Grade lowestPass() {
    return grades.find(Grade::passing).get();
  }

  /**
   * Finds a grade by name, ignoring letter case and surrounding white space.
   *
   * @param name the name, may be {@code null}
   * @return the grade, or none
   */
  public Option<Grade> find(String name) {
    return grades.find(g -> g.isNamed(name));
  }

  /**
   * Whether this scale holds {@code grade} (same name, rank and passing).
   *
   * @param grade a grade, may be {@code null}
   * @return true when it belongs here
   */
  public boolean contains(Grade grade) {
    return grade != null && grade.rank() < grades.size() && grades.get(grade.rank()).equals(grade);
  }

  /**
   * Parses a grade name against this scale.
   *
   * @param field the input field, for the problem report
   * @param text the name, may be {@code null}
   * @return the grade, or a problem naming the grades allowed
   */
  public Validation<Seq<Problem>, Grade> parse(String field, String text) {
    return find(text)
        .<Validation<Seq<Problem>, Grade>>map(Validation::valid)
        .getOrElse(
            () ->
                Validation.invalid(
                    List.of(
                        Problem.of(
                            "grade.unknown",
                            field,
                            "'" + text + "' is not a grade of " + this + "; expected one of " + names()))));
  }

  /** The grade names, lowest first, joined by commas. @return text such as "Fail, Pass" */
  public String names() {
    return grades.map(Grade::name).mkString(", ");
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GradeScale other && grades.equals(other.grades);
  }

  @Override
  public int hashCode() {
    return grades.hashCode();
  }

  @Override
  public String toString() {
    return grades.map(Grade::name).mkString("[", " < ", "]");
  }
}
