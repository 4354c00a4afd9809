package dev.epakit.core.outcome;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.plan.AppealPeriod;
import dev.epakit.core.plan.MethodId;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The result statement an EPAO gives the apprentice and employer after a fail: "a result statement
 * showing the assessment components the apprentice has failed and whether further training is
 * needed" (GOV.UK, Results, feedback and celebration after end-point assessment, 2024), with the
 * deadlines and grade caps of the plan and how to appeal.
 *
 * <p>Immutable and thread-safe. It holds the apprentice, whose {@code toString} shows no name.
 *
 * @param apprentice the apprentice
 * @param standard the standard and version assessed
 * @param planTitle the assessment plan's title
 * @param asOf the date the statement speaks for
 * @param methods every method with its current grade
 * @param overall the overall grade notified
 * @param failedMethods the methods failed
 * @param furtherTrainingNeeded true when a retake (further training) is recommended or required,
 *     false when a resit is; empty while not yet decided
 * @param wholeEpaRequired whether the whole EPA must be taken again
 * @param resitDeadline the last day to take a resit, empty when no resit is possible
 * @param retakeDeadline the last day to take a retake, empty when no retake is possible
 * @param resitCap the highest overall grade after a resit, empty when uncapped
 * @param retakeCap the highest overall grade after a retake, empty when uncapped
 * @param appealDeadline the last day to lodge an appeal
 * @param appealPeriod the EPAO's appeal period
 */
public record ResultStatement(
    Apprentice apprentice,
    Standard standard,
    String planTitle,
    LocalDate asOf,
    List<MethodResult> methods,
    Grade overall,
    List<MethodId> failedMethods,
    Optional<Boolean> furtherTrainingNeeded,
    boolean wholeEpaRequired,
    Optional<LocalDate> resitDeadline,
    Optional<LocalDate> retakeDeadline,
    Optional<Grade> resitCap,
    Optional<Grade> retakeCap,
    LocalDate appealDeadline,
    AppealPeriod appealPeriod) {

  /**
   * One method on the statement.
   *
   * @param method the method's id
   * @param name the method's name
   * @param grade its current grade
   */
  public record MethodResult(MethodId method, String name, Grade grade) {
    /** Checks nothing is null. */
    public MethodResult {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(grade, "grade");
    }

    /** @return true when the method was failed */
    public boolean failed() {
      return grade.failing();
    }
  }

  /** Checks nothing is null. */
  public ResultStatement {
    Objects.requireNonNull(apprentice, "apprentice");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(planTitle, "planTitle");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(methods, "methods");
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(failedMethods, "failedMethods");
    Objects.requireNonNull(furtherTrainingNeeded, "furtherTrainingNeeded");
    Objects.requireNonNull(resitDeadline, "resitDeadline");
    Objects.requireNonNull(retakeDeadline, "retakeDeadline");
    Objects.requireNonNull(resitCap, "resitCap");
    Objects.requireNonNull(retakeCap, "retakeCap");
    Objects.requireNonNull(appealDeadline, "appealDeadline");
    Objects.requireNonNull(appealPeriod, "appealPeriod");
  }
}
