package dev.epakit.rules.plan;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.plan.MethodId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * One thing {@link PlanCheck} found wrong, or suspicious, in an assessment plan.
 *
 * <p>The {@link #path() path} names the part of the plan concerned in the structure of plan files
 * ({@code grading[3]}, {@code methods[1].bands}, {@code policy.resitWindow}, {@code effective.to}),
 * so a reader of files can point at the line. Immutable and thread-safe.
 *
 * @param kind what was found, with its stable code and severity; never {@code null}
 * @param path the part of the plan concerned; never {@code null}, empty for the plan as a whole
 * @param combination the combination of method grades concerned, in the plan's method order; empty
 *     when the finding concerns no combination; never {@code null}
 * @param message what is wrong, for people; never {@code null} or blank
 */
public record PlanFinding(PlanCheckKind kind, String path, Map<MethodId, Grade> combination, String message) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the message is blank
   */
  public PlanFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(combination, "combination");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("a finding needs a message");
    }
  }

  /**
   * A finding that concerns no combination of grades.
   *
   * @param kind what was found
   * @param path the part of the plan concerned
   * @param message what is wrong
   * @return the finding
   */
  public static PlanFinding of(PlanCheckKind kind, String path, String message) {
    return new PlanFinding(kind, path, LinkedHashMap.empty(), message);
  }

  /** The stable code, such as {@code "table.gap"}. @return the code */
  public String code() {
    return kind.code();
  }

  /** How serious the finding is. @return the severity */
  public Severity severity() {
    return kind.severity();
  }

  /** Whether the finding is an error. @return true for {@link Severity#ERROR} */
  public boolean isError() {
    return kind.severity() == Severity.ERROR;
  }

  @Override
  public String toString() {
    return path + ": " + severity().label() + " " + code() + " " + message;
  }
}
