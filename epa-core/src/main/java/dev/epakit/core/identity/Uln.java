package dev.epakit.core.identity;

import dev.epakit.core.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A Unique Learner Number: ten digits, the first non-zero, the last a check digit.
 *
 * <p>The check digit rule (Learning Records Service): with digits d1..d10, let S = 10·d1 + 9·d2 +
 * ... + 2·d9 and r = S mod 11. A remainder of 0 is never valid; otherwise d10 must equal 10 − r.
 * {@code 9999999999} is the "not known" sentinel of learner records and is refused with its own
 * message. Note that the Record a grade service itself checks only the range, not the check digit.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the middle digits, so a ULN never leaks
 * whole into logs; use {@link #value()} where the number is wanted.
 *
 * @param value the ten digits, never {@code null}
 */
public record Uln(String value) implements Comparable<Uln> {

  /** The sentinel learner records use when the ULN is not known. */
  public static final String NOT_KNOWN = "9999999999";

  /**
   * Checks the number.
   *
   * @throws IllegalArgumentException if {@code value} is not a valid ULN
   * @throws NullPointerException if {@code value} is null
   */
  public Uln {
    java.util.Objects.requireNonNull(value, "value");
    Seq<Problem> problems = check(value);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.head().message());
    }
  }

  /**
   * Parses user input; surrounding white space is ignored.
   *
   * @param text the input, may be {@code null}
   * @return the ULN, or every problem found
   */
  public static Validation<Seq<Problem>, Uln> parse(String text) {
    String trimmed = text == null ? null : text.strip();
    Seq<Problem> problems = check(trimmed);
    return problems.isEmpty() ? Validation.valid(new Uln(trimmed)) : Validation.invalid(problems);
  }

  /**
   * Creates a ULN from a trusted constant.
   *
   * @param value ten digits with a valid check digit
   * @return the ULN
   * @throws IllegalArgumentException if it is not valid
   */
  public static Uln of(String value) {
    return new Uln(value);
  }

  /**
   * Whether {@code text} is a valid ULN.
   *
   * @param text the text, may be {@code null}
   * @return true when {@link #parse(String)} would succeed on the unstripped text
   */
  public static boolean isValid(String text) {
    return check(text).isEmpty();
  }

  /**
   * Computes the check digit for the first nine digits of a ULN.
   *
   * @param firstNine nine digits, the first non-zero
   * @return the check digit 0..9, or -1 when none exists (a remainder of 0 means the check digit
   *     would be 10)
   * @throws IllegalArgumentException if {@code firstNine} is not nine digits
   */
  public static int checkDigit(String firstNine) {
    if (firstNine == null || firstNine.length() != 9 || !firstNine.chars().allMatch(Uln::isAsciiDigit)) {
      throw new IllegalArgumentException("expected nine digits");
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (10 - i) * (firstNine.charAt(i) - '0');
    }
    int remainder = sum % 11;
    int digit = 10 - remainder;
    return remainder == 0 || digit > 9 ? -1 : digit;
  }

  private static Seq<Problem> check(String value) {
    if (value == null || value.isBlank()) {
      return List.of(Problem.of("uln.missing", "uln", "a ULN is required"));
    }
    if (value.length() != 10 || !value.chars().allMatch(Uln::isAsciiDigit)) {
      return List.of(Problem.of("uln.format", "uln", "a ULN is exactly ten digits"));
    }
    if (value.charAt(0) == '0') {
      return List.of(Problem.of("uln.leading-zero", "uln", "a ULN cannot start with 0"));
    }
    if (NOT_KNOWN.equals(value)) {
      return List.of(
          Problem.of(
              "uln.not-known",
              "uln",
              "9999999999 is the learner records' 'ULN not known' placeholder, not a ULN"));
    }
    int expected = checkDigit(value.substring(0, 9));
    if (expected < 0 || value.charAt(9) - '0' != expected) {
      return List.of(
          Problem.of("uln.check-digit", "uln", "the last digit of this ULN is not its check digit"));
    }
    return List.empty();
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public int compareTo(Uln other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return "Uln[" + value.substring(0, 2) + "******" + value.substring(8) + "]";
  }
}
