package dev.epakit.core.identity;

import dev.epakit.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The identifier an EPAO gives one of its assessors (not a name: assessor names are personal data).
 *
 * <p>Immutable and thread-safe. {@link #parse(String)} ignores surrounding white space and letter
 * case; the value is kept in canonical (upper) case.
 *
 * @param value the canonical text, such as {@code A-017}; never {@code null}
 */
public record AssessorId(String value) implements Comparable<AssessorId> {

  private static final IdentifierFormat FORMAT =
      new IdentifierFormat("^[A-Z0-9][A-Z0-9._-]{0,63}$", "assessor", "an assessor id", "an assessor id is 1 to 64 letters, digits, dots, hyphens or underscores, starting with a letter or digit");

  /**
   * Checks the value.
   *
   * @throws IllegalArgumentException if {@code value} is not in canonical form
   * @throws NullPointerException if {@code value} is null
   */
  public AssessorId {
    FORMAT.require(value);
  }

  /**
   * Parses user input.
   *
   * @param text the input, may be {@code null}
   * @return the value, or the problems found
   */
  public static Validation<Seq<Problem>, AssessorId> parse(String text) {
    return FORMAT.parse(text, AssessorId::new);
  }

  /**
   * Creates a value from a trusted constant.
   *
   * @param value the canonical text
   * @return the value
   * @throws IllegalArgumentException if it is not in canonical form
   */
  public static AssessorId of(String value) {
    return new AssessorId(value);
  }

  @Override
  public int compareTo(AssessorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
