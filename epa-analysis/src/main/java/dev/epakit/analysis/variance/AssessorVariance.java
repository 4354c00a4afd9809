package dev.epakit.analysis.variance;

import io.vavr.control.Either;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One assessor's line in a {@link VarianceReport}: counts, observed and case-mix-expected pass
 * rates, the funnel assessment, the shrunken pass rate, the grade-distribution test and the flag.
 *
 * <p>Case mix is handled by indirect standardisation: {@code E = sum_s n_s p_s} over the
 * assessor's strata, with {@code n_s} the assessor's results in stratum {@code s} and {@code p_s}
 * the pool's pass rate in that stratum over all assessors. {@code O / E} is the standardised ratio
 * and {@code (O / E) theta} (with {@code theta} the pool's overall pass rate) the indirectly
 * standardised pass rate, the indicator to plot on a single funnel around {@code theta}.
 *
 * <p>Rates are empty only when the assessor has no result ({@code observedToExpected} and {@code
 * standardisedRate} also when {@code E} is zero). Each {@link Either} holds the value on the right
 * or, on the left, the {@link Insufficiency} that explains its absence.
 *
 * <p>Immutable and thread-safe; no component is ever {@code null}.
 *
 * @param assessor the assessor's index
 * @param n the assessor's number of results
 * @param passes the assessor's number of passes
 * @param observedRate {@code passes / n}
 * @param expectedPasses {@code E}
 * @param expectedRate {@code E / n}
 * @param observedToExpected {@code passes / E}
 * @param standardisedRate {@code (passes / E) theta}
 * @param flag the verdict
 * @param funnel the funnel assessment, or why there is none
 * @param shrinkage the empirical-Bayes pass rate, or why there is none
 * @param gradeTest the grade-distribution test, or why there is none
 * @param gradeQValue the grade test's p-value adjusted across assessors; present iff the test is
 */
public record AssessorVariance(
    int assessor,
    long n,
    long passes,
    OptionalDouble observedRate,
    double expectedPasses,
    OptionalDouble expectedRate,
    OptionalDouble observedToExpected,
    OptionalDouble standardisedRate,
    AssessorFlag flag,
    Either<Insufficiency, FunnelAssessment> funnel,
    Either<Insufficiency, PosteriorRate> shrinkage,
    Either<Insufficiency, GradeComparison> gradeTest,
    OptionalDouble gradeQValue) {

  /** Checks the components. */
  public AssessorVariance {
    Objects.requireNonNull(observedRate, "observedRate");
    Objects.requireNonNull(expectedRate, "expectedRate");
    Objects.requireNonNull(observedToExpected, "observedToExpected");
    Objects.requireNonNull(standardisedRate, "standardisedRate");
    Objects.requireNonNull(flag, "flag");
    Objects.requireNonNull(funnel, "funnel");
    Objects.requireNonNull(shrinkage, "shrinkage");
    Objects.requireNonNull(gradeTest, "gradeTest");
    Objects.requireNonNull(gradeQValue, "gradeQValue");
    if (assessor < 0 || n < 0 || passes < 0 || passes > n) {
      throw new IllegalArgumentException("need assessor >= 0 and 0 <= passes <= n");
    }
    if (!(expectedPasses >= 0 && expectedPasses <= n)) {
      throw new IllegalArgumentException("expected passes must be in [0, n]: " + expectedPasses);
    }
    if (observedRate.isPresent() != (n > 0)) {
      throw new IllegalArgumentException("observed rate present iff n > 0");
    }
    if (gradeQValue.isPresent() != gradeTest.isRight()) {
      throw new IllegalArgumentException("grade q-value present iff the grade test is");
    }
  }
}
