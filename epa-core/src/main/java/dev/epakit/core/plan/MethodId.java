package dev.epakit.core.plan;

import dev.epakit.core.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The short identifier of an assessment method within a plan, such as {@code project} or {@code
 * discussion}: lower-case letters, digits and hyphens, starting with a letter, at most 40
 * characters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the identifier, never {@code null}
 */
public record MethodId(String value) implements Comparable<MethodId> {

  private static final Pattern FORMAT = Pattern.compile("^[a-z][a-z0-9-]{0,39}$");

  /**
   * Checks the identifier.
   *
   * @throws IllegalArgumentException if it is malformed
   * @throws NullPointerException if it is null
   */
  public MethodId {
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a method id is lower-case letters, digits and hyphens, starting with a letter");
    }
  }

  /**
   * Parses user input, ignoring surrounding white space and letter case.
   *
   * @param text the input, may be {@code null}
   * @return the id, or the problem found
   */
  public static Validation<Seq<Problem>, MethodId> parse(String text) {
    String canonical = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (!FORMAT.matcher(canonical).matches()) {
      return Validation.invalid(List.of(Problem.of("method.id", "method",
          "'" + text + "' is not a method id: use lower-case letters, digits and hyphens, starting with a letter")));
    }
    return Validation.valid(new MethodId(canonical));
  }

  /**
   * Creates an id from a trusted constant.
   *
   * @param value the id
   * @return the id
   */
  public static MethodId of(String value) {
    return new MethodId(value);
  }

  @Override
  public int compareTo(MethodId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
