package dev.epakit.analysis.variance;

/**
 * Why the data cannot support an estimate. Stable codes for reports and for callers that branch on
 * the reason.
 */
public enum InsufficiencyReason {
  /** The pool, or the assessor, has no results at all. */
  NO_RESULTS,
  /** The assessor has fewer results than {@link VarianceOptions#minimumN()}. */
  BELOW_MINIMUM_N,
  /**
   * Fewer than {@link Overdispersion#MINIMUM_UNITS} assessors can be assessed, too few to estimate
   * between-assessor variation (overdispersion, the beta-binomial prior).
   */
  TOO_FEW_ASSESSORS,
  /**
   * Every result concerned is identical (all passes or all fails), so there is no variation to
   * compare against.
   */
  ALL_RESULTS_IDENTICAL,
  /** No grades are counted, or the assessor has no graded result. */
  NO_GRADES,
  /** Fewer than two grades of the scale are used in the pool: there is no distribution to test. */
  GRADE_NEVER_USED,
  /** The rest of the pool (every other assessor) has no result to compare with. */
  NO_REST_OF_POOL,
  /**
   * The assessors' pass rates vary no more than chance alone would make them vary, so the
   * method-of-moments prior is degenerate and every assessor shrinks fully to the pool rate.
   */
  NO_EXTRA_BINOMIAL_VARIATION,
  /** Fewer than two periods have results: there is no trend to test. */
  TOO_FEW_PERIODS,
  /**
   * Fewer than two items (tasks or methods) are answered by the same candidates, or fewer than
   * two such candidates: there is no internal consistency or item-total correlation to compute.
   */
  TOO_FEW_ITEMS
}
