package dev.epakit.analysis.variance;

/**
 * How funnel limits are widened when assessors vary more than chance allows (Spiegelhalter 2005,
 * section 5).
 */
public enum OverdispersionAdjustment {
  /** Limits are not widened; phi and tau-squared are still reported when they can be estimated. */
  NONE,
  /** Multiplicative: the standard error is multiplied by {@code sqrt(phi)} when phi exceeds one. */
  MULTIPLICATIVE,
  /**
   * Additive random effects: the variance becomes {@code s^2 + tau^2}, with tau-squared from the
   * DerSimonian-Laird-style estimator. Spiegelhalter finds this the better-founded of the two.
   */
  ADDITIVE
}
