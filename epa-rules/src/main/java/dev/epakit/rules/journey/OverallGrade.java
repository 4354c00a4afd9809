package dev.epakit.rules.journey;

import dev.epakit.core.grade.Grade;
import dev.epakit.rules.Explanation;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The overall grade of a journey's current attempt and how it was reached: the grade the plan's
 * table gives, whether the resit or retake cap lowered it, and the explanation (rules {@code
 * EPA-GRADE-01}, {@code EPA-GRADE-02}, {@code EPA-CAP-01}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param grade the overall grade, none while methods await assessment or the table gives none
 * @param uncapped the grade before any cap, none when {@code grade} is none
 * @param capped whether the cap lowered the grade
 * @param explanation the verdicts that decided it
 */
public record OverallGrade(Option<Grade> grade, Option<Grade> uncapped, boolean capped, Explanation explanation) {

  /** Checks nothing is null. */
  public OverallGrade {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(uncapped, "uncapped");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** @return true when an overall grade is known */
  public boolean determined() {
    return grade.isDefined();
  }
}
