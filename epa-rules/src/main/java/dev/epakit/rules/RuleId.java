package dev.epakit.rules;

import java.util.regex.Pattern;

/**
 * The stable identifier of a rule, such as {@code EPA-PASS-01}. Ids never change meaning once
 * published; a rule that changes meaning gets a new id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value {@code EPA-} followed by upper-case words and a two-digit number
 */
public record RuleId(String value) implements Comparable<RuleId> {

  private static final Pattern FORMAT = Pattern.compile("^EPA(-[A-Z]+)+-\\d{2}$");

  /**
   * Checks the format.
   *
   * @throws IllegalArgumentException if the id is malformed
   */
  public RuleId {
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("a rule id looks like EPA-PASS-01, not " + value);
    }
  }

  /** @param value the id @return the rule id */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
