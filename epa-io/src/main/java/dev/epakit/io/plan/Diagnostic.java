package dev.epakit.io.plan;

import dev.epakit.rules.plan.Severity;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found in a plan file: where (file, line, column and the field path), its stable code,
 * its severity and a message.
 *
 * <p>Lines and columns count from 1; both are 0 when the problem concerns the file as a whole (a
 * missing file, an empty file). Immutable and thread-safe.
 *
 * @param file the file (or directory) concerned, as given; never {@code null}
 * @param line the line, from 1; 0 when none applies
 * @param column the column, from 1; 0 when none applies
 * @param code the stable code, from {@link PlanFileCode} or {@link
 *     dev.epakit.rules.plan.PlanCheckKind}; never {@code null}
 * @param severity error or warning; never {@code null}
 * @param message what is wrong and, where it helps, what to write instead; never {@code null}
 * @param path the field concerned in the plan's structure, such as {@code policy.resitWindow};
 *     empty when none applies; never {@code null}
 */
public record Diagnostic(Path file, int line, int column, String code, Severity severity, String message, String path) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if line or column is negative
   */
  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(path, "path");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column count from 1, or are 0");
    }
  }

  /** Whether this is an error. @return true for {@link Severity#ERROR} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Whether the path could not be read at all (missing or unreadable).
   *
   * @return true for the codes of {@link PlanFileCode#unreadable()}
   */
  public boolean unreadable() {
    return code.equals(PlanFileCode.FILE_NOT_FOUND.code()) || code.equals(PlanFileCode.FILE_UNREADABLE.code());
  }

  /**
   * The diagnostic as compilers write them: {@code file:line:col: error CODE message}.
   *
   * @return one line
   */
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + ":" + column : file.toString();
    return where + ": " + severity.label() + " " + code + " " + message;
  }
}
