package dev.epakit.io.journey;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found while reading a journey file: where it is (line, field), whose journey it
 * concerns (by ULN as written, never by name), a stable code and a message for people.
 *
 * <p>Immutable and thread-safe; no component is ever {@code null}.
 *
 * @param uln the ULN of the journey concerned, as written in the file; empty when the problem is
 *     not inside a journey or the journey has no ULN
 * @param line the line in the file, from 1; 0 when unknown
 * @param field the field concerned, such as {@code facts[3].grade}; empty text for the whole file
 * @param code a stable identifier of the kind of problem, such as {@code fact.unknown-kind}
 * @param message the explanation, in English
 */
public record Diagnostic(Optional<String> uln, int line, String field, String code, String message) {

  /** Checks that nothing is null. */
  public Diagnostic {
    Objects.requireNonNull(uln, "uln");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A diagnostic about a journey.
   *
   * @param uln the ULN as written, may be {@code null} when unknown
   * @param line the line
   * @param field the field
   * @param code the code
   * @param message the message
   * @return the diagnostic
   */
  static Diagnostic of(String uln, int line, String field, String code, String message) {
    return new Diagnostic(Optional.ofNullable(uln), line, field, code, message);
  }

  /**
   * The diagnostic on one line, such as {@code line 12: ULN 1000102504: facts[3].grade: ...}.
   *
   * @return the text, never {@code null}
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append("line ").append(line);
    uln.ifPresent(u -> b.append(": ULN ").append(u));
    if (!field.isEmpty()) {
      b.append(": ").append(field);
    }
    return b.append(": ").append(message).append(" [").append(code).append(']').toString();
  }
}
