package dev.epakit.io.plan;

import dev.epakit.rules.plan.PlanCheckKind;
import dev.epakit.rules.plan.Severity;
import io.vavr.collection.List;
import java.util.Objects;

/**
 * One entry of the catalogue of diagnostic codes: the reader's ({@link PlanFileCode}) and the plan
 * checks' ({@link PlanCheckKind}). Reports such as SARIF list the catalogue as their rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code, never {@code null}
 * @param severity its severity, never {@code null}
 * @param title what the format or the checks require, in one line; never {@code null}
 */
public record DiagnosticCode(String code, Severity severity, String title) {

  /** Checks nothing is null. */
  public DiagnosticCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
  }

  /**
   * Every code, the reader's first, then the plan checks'.
   *
   * @return the catalogue, never empty
   */
  public static List<DiagnosticCode> all() {
    return List.of(PlanFileCode.values()).map(c -> new DiagnosticCode(c.code(), c.severity(), c.title()))
        .appendAll(List.of(PlanCheckKind.values()).map(k -> new DiagnosticCode(k.code(), k.severity(), k.title())));
  }
}
