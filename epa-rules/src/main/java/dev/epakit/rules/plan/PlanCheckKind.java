package dev.epakit.rules.plan;

/**
 * Every kind of finding that {@link PlanCheck} reports, each with a stable code, a severity and a
 * one-line title. Codes never change meaning once published; a check that changes meaning gets a
 * new code. {@code docs/plans.md} lists them all.
 */
public enum PlanCheckKind {
  /** A combination of method grades has no overall grade. */
  TABLE_GAP("table.gap", Severity.ERROR, "Every combination of method grades gets an overall grade"),
  /** Two rows match one combination and give different overall grades. */
  TABLE_CONFLICT("table.conflict", Severity.ERROR, "Rows that match the same combination give the same overall grade"),
  /** A better grade in one method gives a worse overall grade. */
  TABLE_NOT_MONOTONE("table.not-monotone", Severity.ERROR,
      "A better grade in one method never gives a worse overall grade"),
  /** An overall grade that no combination of method grades gives. */
  TABLE_UNREACHABLE_GRADE("table.unreachable-grade", Severity.WARNING,
      "Every overall grade is given by some combination of method grades"),
  /** A row whose every combination is decided, the same way, by other rows. */
  TABLE_REDUNDANT_ROW("table.redundant-row", Severity.WARNING, "Every row decides at least one combination"),
  /** The table has too many combinations to check. */
  TABLE_TOO_LARGE("table.too-large", Severity.ERROR, "The grading table has at most 1,000,000 combinations"),
  /** A row gives a passing overall grade although a method failed, and the plan does not allow it. */
  TABLE_FAILED_METHOD_PASSES("table.failed-method-passes", Severity.ERROR,
      "A failed method fails overall, unless the plan says a failed method may pass"),
  /** The plan lets a failed method pass but no row ever does. */
  TABLE_FAILED_METHOD_MAY_PASS_UNUSED("table.failed-method-may-pass-unused", Severity.WARNING,
      "When the plan lets a failed method pass, some row does"),
  /** The overall scale has no failing grade. */
  OVERALL_NO_FAILING_GRADE("overall.no-failing-grade", Severity.ERROR,
      "The overall scale has a failing grade, for a failed EPA"),
  /** A cap names no grade of the overall scale. */
  POLICY_CAP_GRADE("policy.cap-grade", Severity.ERROR, "A grade cap is a grade of the overall scale"),
  /** A cap names a failing grade. */
  POLICY_CAP_NOT_PASSING("policy.cap-not-passing", Severity.ERROR, "A grade cap is a passing grade"),
  /** A cap names the highest overall grade, so it caps nothing. */
  POLICY_CAP_HIGHEST("policy.cap-highest", Severity.WARNING,
      "A grade cap is below the highest overall grade (else write none)"),
  /** A resit or retake window, the hard window or the retention period is not positive. */
  POLICY_WINDOW_NOT_POSITIVE("policy.window-not-positive", Severity.ERROR,
      "Windows and periods are longer than zero"),
  /** A resit or retake window can end after the hard window. */
  POLICY_WINDOW_BEYOND_HARD("policy.window-beyond-hard", Severity.ERROR,
      "Resit and retake windows end within the hard window"),
  /** The whole EPA is taken again only when more methods fail than the plan has. */
  POLICY_WHOLE_EPA_NEVER("policy.whole-epa-never", Severity.WARNING,
      "The whole-EPA threshold is below the number of methods"),
  /** Score bands are not in rising order. */
  BANDS_ORDER("bands.order", Severity.ERROR, "Score bands rise with the grade"),
  /** Score bands do not cover the scores from 0 to the maximum. */
  BANDS_COVERAGE("bands.coverage", Severity.ERROR,
      "Score bands cover every score from 0 to the maximum, one grade each"),
  /** Two methods share an id. */
  METHOD_DUPLICATE_ID("methods.duplicate-id", Severity.ERROR, "Method ids are unique"),
  /** The plan ends before it starts. */
  EFFECTIVE_ORDER("effective.order", Severity.ERROR, "A plan's last day in force is not before its first"),
  /** The plan cites no published source. */
  SOURCE_MISSING("source.missing", Severity.WARNING, "A plan cites the published plan it encodes");

  private final String code;
  private final Severity severity;
  private final String title;

  PlanCheckKind(String code, Severity severity, String title) {
    this.code = code;
    this.severity = severity;
    this.title = title;
  }

  /** The stable code, such as {@code "table.gap"}. @return the code, never {@code null} */
  public String code() {
    return code;
  }

  /** How serious the finding is. @return the severity, never {@code null} */
  public Severity severity() {
    return severity;
  }

  /** What the check requires, in one line. @return the title, never {@code null} */
  public String title() {
    return title;
  }
}
