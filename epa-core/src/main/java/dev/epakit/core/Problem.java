package dev.epakit.core;

import java.util.Objects;

/**
 * One reason why a piece of user input was refused: a stable machine-readable code, the field it
 * concerns and a message for people.
 *
 * <p>Factories that parse user input return {@code Validation<Seq<Problem>, T>} and collect every
 * problem they find, never stopping at the first. Messages never contain an apprentice's name.
 *
 * <p>Immutable and thread-safe; no component is ever {@code null}.
 *
 * @param code stable identifier of the kind of problem, such as {@code "uln.check-digit"}
 * @param field name of the input field the problem concerns, such as {@code "uln"}
 * @param message explanation for people, in English
 */
public record Problem(String code, String field, String message) {

  /** Checks that no component is null or blank. */
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    if (code.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("code and message must not be blank");
    }
  }

  /**
   * Creates a problem.
   *
   * @param code stable code
   * @param field field concerned
   * @param message message for people
   * @return the problem, never {@code null}
   */
  public static Problem of(String code, String field, String message) {
    return new Problem(code, field, message);
  }

  @Override
  public String toString() {
    return field + ": " + message + " [" + code + "]";
  }
}
