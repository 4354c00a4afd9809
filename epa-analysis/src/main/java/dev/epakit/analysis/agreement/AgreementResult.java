package dev.epakit.analysis.agreement;

import java.util.Optional;

/**
 * The outcome of an agreement statistic: either an {@link Estimate} or an explicit {@link
 * Insufficient} result that says why no honest number can be given (too few units, a single rater,
 * all ratings identical so that chance agreement is already perfect, and so on).
 *
 * <p>No statistic in this package returns {@code NaN}: degenerate data always gives {@link
 * Insufficient}. Both cases carry the {@link SampleSize}.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface AgreementResult permits Estimate, Insufficient {

  /**
   * How much data stood behind this result.
   *
   * @return the sample size, never {@code null}
   */
  SampleSize n();

  /**
   * Tells whether this result is an estimate.
   *
   * @return {@code true} for an {@link Estimate}
   */
  default boolean isEstimate() {
    return this instanceof Estimate;
  }

  /**
   * This result as an estimate, if it is one.
   *
   * @return the estimate, or empty for {@link Insufficient}; never {@code null}
   */
  default Optional<Estimate> estimate() {
    return this instanceof Estimate e ? Optional.of(e) : Optional.empty();
  }

  /**
   * This result as an estimate, or an exception that quotes the reason it is not one.
   *
   * @return the estimate, never {@code null}
   * @throws IllegalStateException if this result is {@link Insufficient}
   */
  default Estimate requireEstimate() {
    if (this instanceof Estimate e) {
      return e;
    }
    throw new IllegalStateException("no estimate: " + ((Insufficient) this).reason());
  }
}
