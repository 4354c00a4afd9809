package dev.epakit.analysis.variance;

/** Which exact test, if any, a {@link GradeComparison} ran. */
public enum ExactTestMethod {
  /** Every expected count is at least 5: the chi-square and G approximations are trusted. */
  NOT_NEEDED,
  /** Two grades: Fisher's exact test of the 2x2 table, two-sided. */
  FISHER,
  /**
   * More than two grades: a Monte Carlo test of the Pearson statistic with the table's margins
   * fixed, from a caller-given seed, as R's {@code chisq.test(simulate.p.value = TRUE)}.
   */
  MONTE_CARLO,
  /**
   * An exact test was called for (an expected count below 5, more than two grades) but no Monte
   * Carlo seed was given: the approximate p-values stand and should be read with care.
   */
  NOT_COMPUTED
}
