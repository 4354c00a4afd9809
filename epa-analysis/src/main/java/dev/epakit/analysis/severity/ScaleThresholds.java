package dev.epakit.analysis.severity;

import java.util.List;
import java.util.Objects;

/**
 * The Andrich thresholds of one rating scale: threshold {@code k} (for {@code k = 1..m}) is the
 * point, relative to the combined measure of candidate, assessor and method, where categories
 * {@code k - 1} and {@code k} are equally probable. They sum to zero. A dichotomous scale has one
 * threshold, 0. Thresholds out of order (disordered) suggest a category that is rarely the most
 * probable one; they are reported as estimated.
 *
 * <p>Standard errors are the approximation {@code 1 / sqrt(sum P(x >= k)(1 - P(x >= k)))}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scale the scale index, not negative
 * @param counts the number of observations in each category {@code 0..m}
 * @param thresholds thresholds {@code 1..m} in logits (list index {@code k - 1})
 * @param standardErrors their approximate standard errors
 */
public record ScaleThresholds(
    int scale, List<Long> counts, List<Double> thresholds, List<Double> standardErrors) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a list is null
   * @throws IllegalArgumentException if the sizes disagree
   */
  public ScaleThresholds {
    counts = List.copyOf(counts);
    thresholds = List.copyOf(Objects.requireNonNull(thresholds, "thresholds"));
    standardErrors = List.copyOf(standardErrors);
    if (scale < 0 || counts.size() != thresholds.size() + 1
        || standardErrors.size() != thresholds.size() || thresholds.isEmpty()) {
      throw new IllegalArgumentException("need m + 1 counts and m thresholds and errors, m >= 1");
    }
  }
}
