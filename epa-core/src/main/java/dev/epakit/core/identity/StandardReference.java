package dev.epakit.core.identity;

import dev.epakit.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The reference of an apprenticeship standard: {@code ST} and four digits, as in {@code ST0480}.
 *
 * <p>Immutable and thread-safe. {@link #parse(String)} ignores surrounding white space and letter
 * case; the value is kept in canonical (upper) case.
 *
 * @param value the canonical text, such as {@code ST0480}; never {@code null}
 */
public record StandardReference(String value) implements Comparable<StandardReference> {

  private static final IdentifierFormat FORMAT =
      new IdentifierFormat("^ST\\d{4}$", "standard", "a standard reference", "a standard reference is ST followed by four digits, such as ST0480");

  /**
   * Checks the value.
   *
   * @throws IllegalArgumentException if {@code value} is not in canonical form
   * @throws NullPointerException if {@code value} is null
   */
  public StandardReference {
    FORMAT.require(value);
  }

  /**
   * Parses user input.
   *
   * @param text the input, may be {@code null}
   * @return the value, or the problems found
   */
  public static Validation<Seq<Problem>, StandardReference> parse(String text) {
    return FORMAT.parse(text, StandardReference::new);
  }

  /**
   * Creates a value from a trusted constant.
   *
   * @param value the canonical text
   * @return the value
   * @throws IllegalArgumentException if it is not in canonical form
   */
  public static StandardReference of(String value) {
    return new StandardReference(value);
  }

  @Override
  public int compareTo(StandardReference other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
