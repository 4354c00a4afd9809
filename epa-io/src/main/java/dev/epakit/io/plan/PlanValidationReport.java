package dev.epakit.io.plan;

import dev.epakit.io.Diagnostic;
import io.vavr.collection.List;
import java.util.Objects;

/**
 * What validating a set of plan files and directories gave: one result per file found (and one per
 * path that could not be read or held no plans), in a stable order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param files the results, never {@code null}
 */
public record PlanValidationReport(List<PlanFileResult> files) {

  /** Checks nothing is null. */
  public PlanValidationReport {
    Objects.requireNonNull(files, "files");
  }

  /** Every diagnostic of every file. @return the diagnostics, file by file */
  public List<Diagnostic> diagnostics() {
    return files.flatMap(PlanFileResult::diagnostics);
  }

  /** The number of errors. @return the count */
  public int errorCount() {
    return diagnostics().count(Diagnostic::isError);
  }

  /** The number of warnings. @return the count */
  public int warningCount() {
    return diagnostics().count(d -> !d.isError());
  }

  /**
   * Whether every file passes.
   *
   * @param failOnWarning whether warnings count as failures
   * @return true when no file has an error (and, if asked, a warning)
   */
  public boolean passes(boolean failOnWarning) {
    return files.forAll(f -> f.passes(failOnWarning));
  }

  /**
   * Whether some path given could not be read at all (missing or unreadable).
   *
   * @return true when a diagnostic says so
   */
  public boolean hasUnreadablePaths() {
    return diagnostics().exists(PlanFileCode::unreadable);
  }
}
