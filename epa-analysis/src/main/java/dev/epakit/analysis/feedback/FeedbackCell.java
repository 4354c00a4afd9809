package dev.epakit.analysis.feedback;

import dev.epakit.core.journey.Party;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The feedback ratings of one party in one period: count, mean, and the distribution over the
 * rating scale, with a standard deviation and standard error of the mean when there are at least
 * two ratings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param party who gave the ratings, not null
 * @param period the period index, not negative
 * @param n number of ratings, positive
 * @param mean mean rating
 * @param standardDeviation sample standard deviation (divisor n - 1), present for n of 2 or more
 * @param standardError standard error of the mean, present for n of 2 or more
 * @param distribution count of each rating, from the scale's lowest to its highest
 */
public record FeedbackCell(
    Party party,
    int period,
    long n,
    double mean,
    OptionalDouble standardDeviation,
    OptionalDouble standardError,
    List<Long> distribution) {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a number is out of range
   */
  public FeedbackCell {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(standardDeviation, "standardDeviation");
    Objects.requireNonNull(standardError, "standardError");
    distribution = List.copyOf(distribution);
    if (period < 0 || n < 1 || !Double.isFinite(mean)) {
      throw new IllegalArgumentException("need period >= 0, n >= 1 and a finite mean");
    }
    if (standardDeviation.isPresent() != n > 1 || standardError.isPresent() != n > 1) {
      throw new IllegalArgumentException("spread is present exactly when n >= 2");
    }
  }
}
