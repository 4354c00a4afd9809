package dev.epakit.analysis.variance;

/** The one-word verdict on an assessor's pass rate in a {@link VarianceReport}. */
public enum AssessorFlag {
  /**
   * Pass rate above the upper funnel limit at {@link VarianceOptions#flagLevel()} (or, with {@link
   * FlagBasis#ADJUSTED_P_VALUE}, significantly higher than expected after multiple-testing
   * adjustment): possibly grading too generously.
   */
  GENEROUS,
  /** Pass rate below the lower limit, or significantly lower: possibly grading too harshly. */
  HARSH,
  /**
   * Pass rate consistent with the pool given the assessor's case mix. Also given, with an
   * explanation in {@link AssessorVariance#funnel()}, when every result in the assessor's strata is
   * identical, so that no deviation is possible.
   */
  WITHIN,
  /**
   * Fewer results than {@link VarianceOptions#minimumN()}: too few to judge, whatever the rate.
   */
  TOO_FEW
}
