package dev.epakit.core.identity;

import dev.epakit.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A UK Provider Reference Number: eight digits, as the Record a grade service accepts it.
 *
 * <p>Immutable and thread-safe. {@link #parse(String)} ignores surrounding white space and letter
 * case; the value is kept in canonical (upper) case.
 *
 * @param value the canonical text, such as {@code 10012345}; never {@code null}
 */
public record Ukprn(String value) implements Comparable<Ukprn> {

  private static final IdentifierFormat FORMAT =
      new IdentifierFormat("^\\d{8}$", "ukprn", "a UKPRN", "a UKPRN is exactly eight digits");

  /**
   * Checks the value.
   *
   * @throws IllegalArgumentException if {@code value} is not in canonical form
   * @throws NullPointerException if {@code value} is null
   */
  public Ukprn {
    FORMAT.require(value);
  }

  /**
   * Parses user input.
   *
   * @param text the input, may be {@code null}
   * @return the value, or the problems found
   */
  public static Validation<Seq<Problem>, Ukprn> parse(String text) {
    return FORMAT.parse(text, Ukprn::new);
  }

  /**
   * Creates a value from a trusted constant.
   *
   * @param value the canonical text
   * @return the value
   * @throws IllegalArgumentException if it is not in canonical form
   */
  public static Ukprn of(String value) {
    return new Ukprn(value);
  }

  @Override
  public int compareTo(Ukprn other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
