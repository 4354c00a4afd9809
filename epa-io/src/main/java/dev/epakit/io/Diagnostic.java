package dev.epakit.io;

import java.util.Objects;

/**
 * One problem found in a file: where it is (file, line and column, 1-based; 0 when unknown), a
 * stable code, a severity and a message for people. Messages name an apprentice by ULN, never by
 * name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file as the user named it, never {@code null}
 * @param line 1-based line, 0 when not known
 * @param column 1-based column, 0 when not known
 * @param code stable code, such as {@code yaml.syntax}
 * @param severity error or warning
 * @param message the explanation
 */
public record Diagnostic(String file, int line, int column, String code, Severity severity, String message) {

  /** How serious a diagnostic is. */
  public enum Severity {
    /** The file cannot be used as it is. */
    ERROR,
    /** The file can be used, but something is probably wrong. */
    WARNING
  }

  /** Checks nothing is null and positions are not negative. */
  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
    }
  }

  /** @return true for an error */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** @return the diagnostic as compilers print it: {@code file:line:col: error code message} */
  @Override
  public String toString() {
    String where = file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " " + code + " " + message;
  }
}
