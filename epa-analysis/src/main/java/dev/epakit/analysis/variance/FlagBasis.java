package dev.epakit.analysis.variance;

/** What decides whether an assessor is flagged {@link AssessorFlag#GENEROUS} or {@link AssessorFlag#HARSH}. */
public enum FlagBasis {
  /**
   * The funnel plot: the observed pass rate lies outside the control limits at {@link
   * VarianceOptions#flagLevel()}. What a reader of the funnel plot sees; no multiple-testing
   * control beyond the choice of level.
   */
  CONTROL_LIMITS,
  /**
   * The adjusted p-value ({@link VarianceOptions#pValueAdjustment()}) of the assessor's z-score is
   * at most {@code 1 - flagLevel}; the direction comes from the sign of the z-score. Controls the
   * false discovery rate (or family-wise error rate) across assessors, as Jones, Ohlssen and
   * Spiegelhalter (2008), <i>J Clin Epidemiol</i> 61:232-240, recommend.
   */
  ADJUSTED_P_VALUE
}
