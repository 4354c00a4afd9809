package dev.epakit.core.identity;

import dev.epakit.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The identifier of an end-point assessment organisation on the register: {@code EPA} and four digits.
 *
 * <p>Immutable and thread-safe. {@link #parse(String)} ignores surrounding white space and letter
 * case; the value is kept in canonical (upper) case.
 *
 * @param value the canonical text, such as {@code EPA0001}; never {@code null}
 */
public record EpaoId(String value) implements Comparable<EpaoId> {

  private static final IdentifierFormat FORMAT =
      new IdentifierFormat("^EPA\\d{4}$", "epao", "an EPAO id", "an EPAO id is EPA followed by four digits, such as EPA0001");

  /**
   * Checks the value.
   *
   * @throws IllegalArgumentException if {@code value} is not in canonical form
   * @throws NullPointerException if {@code value} is null
   */
  public EpaoId {
    FORMAT.require(value);
  }

  /**
   * Parses user input.
   *
   * @param text the input, may be {@code null}
   * @return the value, or the problems found
   */
  public static Validation<Seq<Problem>, EpaoId> parse(String text) {
    return FORMAT.parse(text, EpaoId::new);
  }

  /**
   * Creates a value from a trusted constant.
   *
   * @param value the canonical text
   * @return the value
   * @throws IllegalArgumentException if it is not in canonical form
   */
  public static EpaoId of(String value) {
    return new EpaoId(value);
  }

  @Override
  public int compareTo(EpaoId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
