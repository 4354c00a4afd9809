package dev.epakit.analysis.variance;

import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The result of an {@link AssessorVarianceAnalysis}: the pool's totals and rate, the overdispersion
 * estimate and the adjustment applied, the shrinkage prior, and one {@link AssessorVariance} per
 * assessor index.
 *
 * <p>Immutable and thread-safe; no component is ever {@code null}.
 *
 * @param options the options used
 * @param n the pool's number of results
 * @param passes the pool's number of passes
 * @param poolRate the pool's pass rate {@code theta}, empty when there is no result
 * @param assessable the number of assessors with a funnel assessment
 * @param overdispersion the phi and tau-squared estimate, or why there is none
 * @param adjustment the overdispersion adjustment applied to limits and z-scores
 * @param prior the beta-binomial shrinkage prior, or why there is none
 * @param assessors one entry per assessor index, in index order
 */
public record VarianceReport(
    VarianceOptions options,
    long n,
    long passes,
    OptionalDouble poolRate,
    int assessable,
    Either<Insufficiency, Overdispersion> overdispersion,
    LimitAdjustment adjustment,
    Either<Insufficiency, BetaBinomialPrior> prior,
    List<AssessorVariance> assessors) {

  /** Checks the components. */
  public VarianceReport {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(poolRate, "poolRate");
    Objects.requireNonNull(overdispersion, "overdispersion");
    Objects.requireNonNull(adjustment, "adjustment");
    Objects.requireNonNull(prior, "prior");
    assessors = List.copyOf(assessors);
    if (n < 0 || passes < 0 || passes > n || assessable < 0 || assessable > assessors.size()) {
      throw new IllegalArgumentException("inconsistent pool totals");
    }
    if (poolRate.isPresent() != (n > 0)) {
      throw new IllegalArgumentException("pool rate present iff n > 0");
    }
  }

  /**
   * Returns one assessor's entry.
   *
   * @param assessor the assessor's index
   * @return the entry, never {@code null}
   * @throws IllegalArgumentException if the index is out of range
   */
  public AssessorVariance assessor(int assessor) {
    if (assessor < 0 || assessor >= assessors.size()) {
      throw new IllegalArgumentException(
          "assessor " + assessor + " out of range 0.." + (assessors.size() - 1));
    }
    return assessors.get(assessor);
  }

  /**
   * Returns the assessors flagged {@link AssessorFlag#GENEROUS} or {@link AssessorFlag#HARSH}.
   *
   * @return an unmodifiable list in index order, never {@code null}
   */
  public List<AssessorVariance> flagged() {
    return assessors.stream()
        .filter(a -> a.flag() == AssessorFlag.GENEROUS || a.flag() == AssessorFlag.HARSH)
        .toList();
  }
}
