package dev.epakit.core.grade;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The overall grades the Record a grade service (apprentice assessment service) accepts on an EPA
 * record or certificate request. The service refuses {@link #FAIL} on a certificate request.
 *
 * <p>Source: the service's API, as summarised in the project's design notes (section 4).
 */
public enum RecordAGradeGrade {
  /** Pass. */
  PASS("Pass"),
  /** Credit. */
  CREDIT("Credit"),
  /** Merit. */
  MERIT("Merit"),
  /** Distinction. */
  DISTINCTION("Distinction"),
  /** Pass with excellence. */
  PASS_WITH_EXCELLENCE("Pass with excellence"),
  /** Outstanding. */
  OUTSTANDING("Outstanding"),
  /** No grade awarded. */
  NO_GRADE_AWARDED("No grade awarded"),
  /** Fail: never on a certificate request. */
  FAIL("Fail");

  private final String label;

  RecordAGradeGrade(String label) {
    this.label = label;
  }

  /** The label the service uses. @return such as "Pass with excellence" */
  public String label() {
    return label;
  }

  /** Whether a certificate may carry this grade. @return false only for {@link #FAIL} */
  public boolean certifiable() {
    return this != FAIL;
  }

  /**
   * Finds the service grade with a label, ignoring letter case.
   *
   * @param text a label, may be {@code null}
   * @return the grade, or none
   */
  public static Option<RecordAGradeGrade> fromLabel(String text) {
    return text == null ? Option.none() : List.of(values()).find(g -> g.label.equalsIgnoreCase(text.strip()));
  }

  /**
   * The service grade for a plan's overall grade, matched by name.
   *
   * @param grade an overall grade, not {@code null}
   * @return the service grade, or none when the service has no grade of that name
   */
  public static Option<RecordAGradeGrade> of(Grade grade) {
    return fromLabel(grade.name());
  }
}
