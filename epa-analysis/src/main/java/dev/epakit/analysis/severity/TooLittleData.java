package dev.epakit.analysis.severity;

import dev.epakit.analysis.agreement.SampleSize;
import java.util.List;
import java.util.Objects;

/**
 * Measurement refused because the data cannot support it, with the reason in plain English, such
 * as "no observation is left once candidates with extreme scores are excluded" or "scale 0,
 * category 2 is never used, so its threshold cannot be estimated".
 *
 * <p>Immutable and thread-safe.
 *
 * @param reason why no measures are given, not blank
 * @param n how much data there was, not null
 * @param excluded elements excluded for extreme scores before the refusal, not null
 */
public record TooLittleData(String reason, SampleSize n, List<ExcludedElement> excluded)
    implements RaschResult {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the reason is blank
   */
  public TooLittleData {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(n, "n");
    excluded = List.copyOf(excluded);
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }
}
