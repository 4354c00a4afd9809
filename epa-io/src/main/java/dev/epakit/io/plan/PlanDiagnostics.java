package dev.epakit.io.plan;

import dev.epakit.io.Diagnostic;
import dev.epakit.rules.plan.Severity;
import java.nio.file.Path;

/** Makes the shared {@link Diagnostic} from what the plan reader and checks know. */
final class PlanDiagnostics {

  private PlanDiagnostics() {}

  static Diagnostic of(Path file, int line, int column, String code, Severity severity, String message, String field) {
    return new Diagnostic(file.toString(), line, column, code, Diagnostic.Severity.valueOf(severity.name()), message,
        field);
  }
}
