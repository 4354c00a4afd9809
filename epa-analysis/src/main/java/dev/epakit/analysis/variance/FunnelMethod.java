package dev.epakit.analysis.variance;

/**
 * How funnel-plot control limits for a pass rate are computed, after Spiegelhalter (2005), "Funnel
 * plots for comparing institutional performance", <i>Statistics in Medicine</i> 24:1185-1202.
 */
public enum FunnelMethod {
  /**
   * Quantiles of the binomial distribution, interpolated so the limits are smooth in n (the
   * paper's appendix): with {@code r} the smallest count whose cumulative probability reaches
   * {@code p}, {@code alpha = (F(r) - p) / (F(r) - F(r - 1))} and the limit is {@code (r - alpha)
   * / n}. z-scores for overdispersion are on the proportion scale.
   */
  EXACT_BINOMIAL,
  /**
   * Normal approximation: {@code target +/- z * sqrt(target (1 - target) / n)}, cut to [0, 1].
   * z-scores on the proportion scale.
   */
  NORMAL,
  /**
   * The variance-stabilising arcsine transform: {@code sin^2(asin(sqrt(target)) +/- z / (2
   * sqrt(n)))}, the angle kept within [0, pi/2]. z-scores, and tau-squared, on the arcsine scale.
   */
  ARCSINE
}
