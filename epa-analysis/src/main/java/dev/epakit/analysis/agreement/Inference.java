package dev.epakit.analysis.agreement;

import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** Distribution look-ups shared by the statistics of this package; all from Commons Statistics. */
final class Inference {

  static final double DEFAULT_LEVEL = 0.95;

  /** Below this, 1 - expected agreement is treated as zero: chance agreement is already perfect. */
  static final double DEGENERATE = 1e-12;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0.0, 1.0);

  private Inference() {}

  /** The two-sided normal critical value for a confidence level, such as 1.96 for 0.95. */
  static double normalCritical(double level) {
    Interval.checkLevel(level);
    return STANDARD_NORMAL.inverseSurvivalProbability((1.0 - level) / 2.0);
  }

  /** Student's t two-sided critical value with {@code df} degrees of freedom. */
  static double tCritical(double level, double df) {
    Interval.checkLevel(level);
    return TDistribution.of(df).inverseSurvivalProbability((1.0 - level) / 2.0);
  }

  /** Two-sided normal p-value of a z statistic. */
  static double twoSidedNormalP(double z) {
    return Math.min(1.0, 2.0 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
  }

  /** Upper quantile of the F distribution: the value exceeded with probability {@code upper}. */
  static double fUpperQuantile(double upper, double df1, double df2) {
    return FDistribution.of(df1, df2).inverseSurvivalProbability(upper);
  }

  /** Upper-tail probability of the F distribution. */
  static double fSurvival(double f, double df1, double df2) {
    return FDistribution.of(df1, df2).survivalProbability(f);
  }

  /** A z test, or {@code null} if the null standard error is not positive. */
  static NullTest.ZTest zTest(double value, double nullVariance) {
    if (!(nullVariance > 0.0) || !Double.isFinite(nullVariance)) {
      return null;
    }
    double se0 = Math.sqrt(nullVariance);
    double z = value / se0;
    return new NullTest.ZTest(se0, z, twoSidedNormalP(z));
  }

  /** A symmetric normal interval around a value. */
  static Interval normalInterval(double value, double se, double level) {
    double half = normalCritical(level) * se;
    return Interval.of(value - half, value + half, level);
  }
}
