package dev.epakit.analysis.agreement;

/**
 * A test of the null hypothesis that there is no agreement beyond chance (a coefficient of zero),
 * as it accompanies some estimates: a z test for the kappas, an F test for the intraclass
 * correlations.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface NullTest permits NullTest.ZTest, NullTest.FTest {

  /**
   * The p-value of the test.
   *
   * @return a probability in [0, 1]
   */
  double pValue();

  /**
   * A large-sample z test: the estimate divided by its standard error under the null hypothesis,
   * with a two-sided p-value from the standard normal distribution.
   *
   * @param nullStandardError standard error of the estimate when the true coefficient is zero,
   *     finite and positive
   * @param z the test statistic, finite
   * @param pValue two-sided p-value in [0, 1]
   */
  record ZTest(double nullStandardError, double z, double pValue) implements NullTest {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a component is out of range
     */
    public ZTest {
      if (!(nullStandardError > 0.0) || !Double.isFinite(nullStandardError)) {
        throw new IllegalArgumentException(
            "null standard error must be finite and positive, was " + nullStandardError);
      }
      if (!Double.isFinite(z)) {
        throw new IllegalArgumentException("z must be finite, was " + z);
      }
      checkProbability(pValue);
    }
  }

  /**
   * An F test with its degrees of freedom and upper-tail p-value.
   *
   * @param f the F statistic, finite and not negative
   * @param df1 numerator degrees of freedom, finite and positive
   * @param df2 denominator degrees of freedom, finite and positive
   * @param pValue upper-tail p-value in [0, 1]
   */
  record FTest(double f, double df1, double df2, double pValue) implements NullTest {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a component is out of range
     */
    public FTest {
      if (!(f >= 0.0) || !Double.isFinite(f)) {
        throw new IllegalArgumentException("F must be finite and not negative, was " + f);
      }
      if (!(df1 > 0.0) || !(df2 > 0.0) || !Double.isFinite(df1) || !Double.isFinite(df2)) {
        throw new IllegalArgumentException(
            "degrees of freedom must be finite and positive, were " + df1 + " and " + df2);
      }
      checkProbability(pValue);
    }
  }

  private static void checkProbability(double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("p-value must be in [0, 1], was " + p);
    }
  }
}
