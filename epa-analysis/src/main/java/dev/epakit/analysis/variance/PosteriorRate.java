package dev.epakit.analysis.variance;

import java.util.Objects;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * An assessor's empirical-Bayes pass rate: the Beta(alpha + passes, beta + n - passes) posterior
 * under a {@link BetaBinomialPrior}, its mean {@code (passes + alpha) / (n + alpha + beta)} and an
 * equal-tailed credible interval from the Beta quantiles.
 *
 * <p>Immutable and thread-safe.
 *
 * @param n the assessor's number of results, at least zero
 * @param passes the assessor's passes, in {@code 0..n}
 * @param alpha the posterior's first shape parameter, positive
 * @param beta the posterior's second shape parameter, positive
 * @param mean the posterior mean, in (0, 1)
 * @param level the credible level, in (0, 1)
 * @param lower the lower credible limit, the {@code (1 - level) / 2} quantile
 * @param upper the upper credible limit, the {@code (1 + level) / 2} quantile
 */
public record PosteriorRate(
    long n, long passes, double alpha, double beta, double mean, double level, double lower,
    double upper) {

  /** Checks the components. */
  public PosteriorRate {
    if (n < 0 || passes < 0 || passes > n) {
      throw new IllegalArgumentException("need 0 <= passes <= n");
    }
    if (!(alpha > 0) || !(beta > 0) || !(level > 0 && level < 1)) {
      throw new IllegalArgumentException("alpha, beta positive and level in (0, 1) required");
    }
    if (!(lower >= 0 && lower <= mean && mean <= upper && upper <= 1)) {
      throw new IllegalArgumentException("need 0 <= lower <= mean <= upper <= 1");
    }
  }

  /**
   * Computes the posterior of an assessor under a prior.
   *
   * @param prior the pool's prior; not null
   * @param n the assessor's results, at least zero
   * @param passes the assessor's passes, in {@code 0..n}
   * @param level the credible level, in (0, 1)
   * @return the posterior, never {@code null}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static PosteriorRate of(BetaBinomialPrior prior, long n, long passes, double level) {
    Objects.requireNonNull(prior, "prior");
    if (n < 0 || passes < 0 || passes > n) {
      throw new IllegalArgumentException("need 0 <= passes <= n, got " + passes + " of " + n);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("credible level must be in (0, 1): " + level);
    }
    double a = prior.alpha() + passes;
    double b = prior.beta() + (n - passes);
    BetaDistribution posterior = BetaDistribution.of(a, b);
    return new PosteriorRate(
        n,
        passes,
        a,
        b,
        a / (a + b),
        level,
        posterior.inverseCumulativeProbability((1 - level) / 2),
        posterior.inverseCumulativeProbability((1 + level) / 2));
  }
}
