package dev.epakit.io;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in a file: where it is (file, line and column, 1-based; 0 when unknown or
 * when the problem concerns the whole file), the field it concerns when known (such as {@code
 * policy.resitWindow} in a plan), a stable code, a severity and a message for people. Messages
 * name an apprentice by ULN, never by name.
 *
 * <p>Every reader of EPA Kit reports with this type. Immutable and thread-safe.
 *
 * @param file the file as the user named it, never {@code null}
 * @param line 1-based line, 0 when not known
 * @param column 1-based column, 0 when not known
 * @param code stable code, such as {@code yaml.syntax}
 * @param severity error or warning
 * @param message the explanation
 * @param field the field concerned, empty when none; never {@code null}
 */
public record Diagnostic(
    String file, int line, int column, String code, Severity severity, String message, String field) {

  /** How serious a diagnostic is. */
  public enum Severity {
    /** The file cannot be used as it is. */
    ERROR,
    /** The file can be used, but something is probably wrong. */
    WARNING;

    /** The lower-case name used in reports, {@code "error"} or {@code "warning"}. @return the label */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Checks nothing is null and positions are not negative. */
  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(field, "field");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
    }
  }

  /**
   * A diagnostic that names no field.
   *
   * @param file the file as the user named it
   * @param line 1-based line, 0 when not known
   * @param column 1-based column, 0 when not known
   * @param code stable code
   * @param severity error or warning
   * @param message the explanation
   */
  public Diagnostic(String file, int line, int column, String code, Severity severity, String message) {
    this(file, line, column, code, severity, message, "");
  }

  /** @return true for an error */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** @return the diagnostic as compilers print it: {@code file:line:col: error code message} */
  @Override
  public String toString() {
    String where = file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    return where + ": " + severity.label() + " " + code + " " + message;
  }
}
