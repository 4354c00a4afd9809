package dev.epakit.analysis.agreement;

import java.util.Objects;

/**
 * An agreement statistic that could not honestly be computed from the data given, with the reason
 * in plain English, such as "fewer than 2 units" or "all ratings fall in one category, so chance
 * agreement is 1".
 *
 * <p>Immutable and thread-safe; no component is {@code null}.
 *
 * @param reason why no estimate is given, not blank
 * @param n how much data there was
 */
public record Insufficient(String reason, SampleSize n) implements AgreementResult {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if the reason is blank
   */
  public Insufficient {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(n, "n");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }

  /**
   * Creates an insufficient-data result.
   *
   * @param reason why no estimate is given, not blank
   * @param n how much data there was, not {@code null}
   * @return the result, never {@code null}
   * @throws IllegalArgumentException if the reason is blank
   */
  public static Insufficient of(String reason, SampleSize n) {
    return new Insufficient(reason, n);
  }

  @Override
  public String toString() {
    return "Insufficient[" + reason + "; " + n + "]";
  }
}
