package dev.epakit.io.journey;

import dev.epakit.io.Diagnostic;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found while reading a journey file: where it is (line, field), whose journey it
 * concerns (by ULN as written, never by name), a stable code, a severity and a message for people.
 *
 * <p>An {@link Diagnostic.Severity#ERROR error} means something was left out (a fact, or a whole
 * journey); a {@link Diagnostic.Severity#WARNING warning} means something was ignored (an unknown
 * field) and nothing was lost.
 *
 * <p>Immutable and thread-safe; no component is ever {@code null}.
 *
 * @param uln the ULN of the journey concerned, as written in the file; empty when the problem is
 *     not inside a journey or the journey has no ULN
 * @param line the line in the file, from 1; 0 when unknown
 * @param field the field concerned within its journey, such as {@code facts[3].grade}; empty text
 *     for the whole file or journey
 * @param code a stable identifier of the kind of problem, such as {@code fact.unknown-kind}
 * @param severity error (something left out) or warning (something ignored)
 * @param message the explanation, in English
 */
public record JourneyDiagnostic(
    Optional<String> uln, int line, String field, String code, Diagnostic.Severity severity, String message) {

  /** Checks that nothing is null. */
  public JourneyDiagnostic {
    Objects.requireNonNull(uln, "uln");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  static JourneyDiagnostic of(String uln, int line, String field, String code, String message) {
    Diagnostic.Severity severity = code.equals("field.unknown") || code.equals("field.unexpected")
        || code.equals("file.trailing") || code.equals("file.format")
        ? Diagnostic.Severity.WARNING : Diagnostic.Severity.ERROR;
    return new JourneyDiagnostic(Optional.ofNullable(uln), line, field, code, severity, message);
  }

  /** @return true for an error: something was left out */
  public boolean isError() {
    return severity == Diagnostic.Severity.ERROR;
  }

  /**
   * This diagnostic as the project's general file diagnostic, the ULN and field leading the
   * message.
   *
   * @param file the file as the user named it, not {@code null}
   * @return the diagnostic
   */
  public Diagnostic toDiagnostic(String file) {
    return new Diagnostic(file, line, 0, code, severity, where() + message);
  }

  private String where() {
    StringBuilder b = new StringBuilder();
    uln.ifPresent(u -> b.append("ULN ").append(u).append(": "));
    if (!field.isEmpty()) {
      b.append(field).append(": ");
    }
    return b.toString();
  }

  /**
   * The diagnostic on one line, such as {@code line 12: ULN 1000102504: facts[3].grade: ...}.
   *
   * @return the text, never {@code null}
   */
  @Override
  public String toString() {
    return "line " + line + ": " + where() + message + " [" + code + "]";
  }
}
