package dev.epakit.rules.plan;

/**
 * How serious a plan finding is.
 *
 * <p>An {@link #ERROR} means the plan cannot be used as written: some combination of method grades
 * has no overall grade, or the plan contradicts itself. A {@link #WARNING} means the plan can be
 * used but probably does not say what its author meant; validation in CI may be told to fail on
 * warnings too.
 */
public enum Severity {
  /** The plan is wrong and must be fixed. */
  ERROR,
  /** The plan works but is suspicious. */
  WARNING;

  /** The lower-case name used in reports, {@code "error"} or {@code "warning"}. @return the label */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
