package dev.epakit.io.plan;

import dev.epakit.io.Diagnostic;
import dev.epakit.core.plan.AssessmentPlan;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What validating one plan file gave: the plan, when the file could be read into one, and every
 * diagnostic, in the order of the file.
 *
 * <p>The plan is present when the file was read without reader errors, even when the plan checks
 * found problems in it; it is empty when the file could not be read. Immutable and thread-safe.
 *
 * @param file the file (or directory) as given; never {@code null}
 * @param plan the plan, or none; never {@code null}
 * @param diagnostics every problem found, sorted by line and column; never {@code null}
 */
public record PlanFileResult(Path file, Option<AssessmentPlan> plan, List<Diagnostic> diagnostics) {

  /** Checks nothing is null. */
  public PlanFileResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(diagnostics, "diagnostics");
  }

  /** The errors. @return the diagnostics of severity error */
  public List<Diagnostic> errors() {
    return diagnostics.filter(Diagnostic::isError);
  }

  /** The warnings. @return the diagnostics of severity warning */
  public List<Diagnostic> warnings() {
    return diagnostics.filter(d -> !d.isError());
  }

  /**
   * Whether the file passes validation.
   *
   * @param failOnWarning whether warnings count as failures
   * @return true when there is no error (and, if asked, no warning)
   */
  public boolean passes(boolean failOnWarning) {
    return failOnWarning ? diagnostics.isEmpty() : errors().isEmpty();
  }

  /** Whether the file holds a plan without any problem. @return true when valid and no diagnostic */
  public boolean clean() {
    return plan.isDefined() && diagnostics.isEmpty();
  }
}
