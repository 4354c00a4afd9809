package dev.epakit.analysis.variance;

import io.vavr.control.Either;
import java.util.Objects;

/**
 * The Beta(alpha, beta) distribution of true pass rates across the pool's assessors, estimated by
 * the method of moments, for empirical-Bayes shrinkage of each assessor's pass rate towards the
 * pool.
 *
 * <p><b>Estimator.</b> Over the {@code I} assessors with at least one result, let {@code p_i =
 * x_i / n_i}, {@code m} the mean of the {@code p_i}, {@code v} their sample variance (divisor
 * {@code I - 1}) and {@code h} the mean of {@code 1 / n_i}. Under the beta-binomial model {@code
 * Var(p_i) = m (1 - m) (1/n_i + rho (1 - 1/n_i))} with intra-assessor correlation {@code rho = 1 /
 * (alpha + beta + 1)}, so
 *
 * <pre>
 *   rho = (v / (m (1 - m)) - h) / (1 - h),   alpha + beta = 1 / rho - 1,
 *   alpha = m (alpha + beta),                beta = (1 - m) (alpha + beta).
 * </pre>
 *
 * <p><b>Why moments rather than marginal maximum likelihood.</b> The moment estimator is closed
 * form: it needs no iterative optimiser, gives the same answer on every platform, can be checked by
 * hand, and its failure modes are explicit ({@code rho <= 0}: no variation beyond chance; {@code
 * rho >= 1}: every assessor passes all or fails all), which are reported as an {@link
 * Insufficiency} rather than as a boundary estimate from an optimiser that did not converge.
 * Marginal ML is more efficient when the n's are very unequal; the posterior formula is the same
 * for either.
 *
 * <p>Shrinkage uses raw pass rates and does not adjust for case mix.
 *
 * <p>Immutable and thread-safe.
 *
 * @param alpha the first shape parameter, positive
 * @param beta the second shape parameter, positive
 * @param units the number of assessors the prior was estimated from
 * @param mean {@code m}, the mean of the assessors' observed pass rates, in (0, 1)
 * @param rho the estimated intra-assessor correlation {@code 1 / (alpha + beta + 1)}, in (0, 1)
 */
public record BetaBinomialPrior(double alpha, double beta, int units, double mean, double rho) {

  /** Checks the components. */
  public BetaBinomialPrior {
    if (!(alpha > 0) || !(beta > 0) || Double.isInfinite(alpha) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("alpha and beta must be positive and finite");
    }
    if (units < 0 || !(mean > 0 && mean < 1) || !(rho > 0 && rho < 1)) {
      throw new IllegalArgumentException("units >= 0, mean and rho in (0, 1) required");
    }
  }

  /**
   * Estimates the prior from per-assessor counts by the method of moments. Assessors with no
   * result are left out.
   *
   * @param n results per assessor, each at least zero; not null
   * @param passes passes per assessor, same length, each at most its {@code n}; not null
   * @return the prior, or an insufficiency (fewer than {@link Overdispersion#MINIMUM_UNITS}
   *     assessors with results, every assessor with a single result, all results identical, no
   *     variation beyond chance); never {@code null}
   * @throws IllegalArgumentException if the lengths differ or a count is inconsistent
   */
  public static Either<Insufficiency, BetaBinomialPrior> estimate(long[] n, long[] passes) {
    Objects.requireNonNull(n, "n");
    Objects.requireNonNull(passes, "passes");
    if (n.length != passes.length) {
      throw new IllegalArgumentException("n and passes differ in length");
    }
    int units = 0;
    double sumP = 0;
    double sumInverseN = 0;
    for (int i = 0; i < n.length; i++) {
      if (n[i] < 0 || passes[i] < 0 || passes[i] > n[i]) {
        throw new IllegalArgumentException("assessor " + i + ": need 0 <= passes <= n");
      }
      if (n[i] > 0) {
        units++;
        sumP += (double) passes[i] / n[i];
        sumInverseN += 1.0 / n[i];
      }
    }
    if (units < Overdispersion.MINIMUM_UNITS) {
      return Either.left(
          Insufficiency.of(
              InsufficiencyReason.TOO_FEW_ASSESSORS,
              units,
              "the shrinkage prior needs at least " + Overdispersion.MINIMUM_UNITS
                  + " assessors with results, found " + units));
    }
    double m = sumP / units;
    double h = sumInverseN / units;
    if (m == 0 || m == 1) {
      return Either.left(
          Insufficiency.of(
              InsufficiencyReason.ALL_RESULTS_IDENTICAL,
              units,
              "every result in the pool is a " + (m == 0 ? "fail" : "pass")));
    }
    if (h == 1) {
      return Either.left(
          Insufficiency.of(
              InsufficiencyReason.BELOW_MINIMUM_N,
              units,
              "every assessor has a single result: variation between assessors cannot be told"
                  + " from chance"));
    }
    double sumSquares = 0;
    for (int i = 0; i < n.length; i++) {
      if (n[i] > 0) {
        double d = (double) passes[i] / n[i] - m;
        sumSquares += d * d;
      }
    }
    double v = sumSquares / (units - 1);
    double rho = (v / (m * (1 - m)) - h) / (1 - h);
    if (!(rho > 0)) {
      return Either.left(
          Insufficiency.of(
              InsufficiencyReason.NO_EXTRA_BINOMIAL_VARIATION,
              units,
              "assessors' pass rates vary no more than chance allows (method-of-moments rho = "
                  + rho + "): every assessor shrinks fully to the pool rate " + m));
    }
    if (!(rho < 1)) {
      return Either.left(
          Insufficiency.of(
              InsufficiencyReason.ALL_RESULTS_IDENTICAL,
              units,
              "assessors' results are identical within each assessor (method-of-moments rho = "
                  + rho + "): no shrinkage prior exists"));
    }
    double sum = 1 / rho - 1;
    return Either.right(new BetaBinomialPrior(m * sum, (1 - m) * sum, units, m, rho));
  }

  /**
   * Returns an assessor's posterior pass rate, Beta(alpha + passes, beta + n - passes), with an
   * equal-tailed credible interval.
   *
   * @param n the assessor's results, at least zero
   * @param passes the assessor's passes, in {@code 0..n}
   * @param level the credible level, in (0, 1), such as 0.95
   * @return the posterior, never {@code null}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public PosteriorRate posterior(long n, long passes, double level) {
    return PosteriorRate.of(this, n, passes, level);
  }
}
