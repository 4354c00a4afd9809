package dev.epakit.analysis.agreement;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A computed agreement coefficient: its value, and where the literature provides them a standard
 * error, a confidence interval and a test of the null hypothesis of chance agreement, together
 * with the sample size it rests on.
 *
 * <p>The value is always finite. The standard error, interval and test are optional because not
 * every coefficient has them (Krippendorff's alpha has no closed-form standard error, Fleiss'
 * kappa only a null-hypothesis one); each statistic's javadoc says which it fills in.
 *
 * <p>Immutable and thread-safe; no component is {@code null}.
 *
 * @param value the coefficient, finite
 * @param standardError large-sample or bootstrap standard error, finite and not negative, if known
 * @param interval confidence interval, if known
 * @param test test of the null hypothesis that the coefficient is zero, if known
 * @param n how much data the estimate rests on
 */
public record Estimate(
    double value,
    OptionalDouble standardError,
    Optional<Interval> interval,
    Optional<NullTest> test,
    SampleSize n)
    implements AgreementResult {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if the value is not finite or the standard error is negative
   *     or not finite
   */
  public Estimate {
    Objects.requireNonNull(standardError, "standardError");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(n, "n");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("estimate value must be finite, was " + value);
    }
    if (standardError.isPresent()) {
      double se = standardError.getAsDouble();
      if (!(se >= 0.0) || !Double.isFinite(se)) {
        throw new IllegalArgumentException(
            "standard error must be finite and not negative, was " + se);
      }
    }
  }

  /**
   * Creates an estimate with a value only.
   *
   * @param value the coefficient, finite
   * @param n the sample size, not {@code null}
   * @return the estimate, never {@code null}
   * @throws IllegalArgumentException if the value is not finite
   */
  public static Estimate of(double value, SampleSize n) {
    return new Estimate(value, OptionalDouble.empty(), Optional.empty(), Optional.empty(), n);
  }

  /**
   * A copy of this estimate with a standard error.
   *
   * @param se the standard error, finite and not negative
   * @return a new estimate, never {@code null}
   * @throws IllegalArgumentException if the standard error is out of range
   */
  public Estimate withStandardError(double se) {
    return new Estimate(value, OptionalDouble.of(se), interval, test, n);
  }

  /**
   * A copy of this estimate with a confidence interval.
   *
   * @param ci the interval, not {@code null}
   * @return a new estimate, never {@code null}
   */
  public Estimate withInterval(Interval ci) {
    return new Estimate(value, standardError, Optional.of(ci), test, n);
  }

  /**
   * A copy of this estimate with a null-hypothesis test.
   *
   * @param nullTest the test, not {@code null}
   * @return a new estimate, never {@code null}
   */
  public Estimate withTest(NullTest nullTest) {
    return new Estimate(value, standardError, interval, Optional.of(nullTest), n);
  }
}
