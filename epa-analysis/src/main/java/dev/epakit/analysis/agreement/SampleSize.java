package dev.epakit.analysis.agreement;

/**
 * How much data stands behind an agreement statistic: the number of units (candidates, scripts,
 * subjects) that entered the calculation and the number of raters (assessors, markers, coders).
 *
 * <p>Every {@link AgreementResult} carries one, whether it is an {@link Estimate} or {@link
 * Insufficient}, so that a reader can always see how small the sample was. Where raters vary from
 * unit to unit (missing ratings), {@code raters} is the largest number of ratings given to any one
 * unit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param units number of units that entered the calculation, never negative
 * @param raters number of raters, never negative
 */
public record SampleSize(long units, int raters) {

  /**
   * Checks that neither count is negative.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public SampleSize {
    if (units < 0) {
      throw new IllegalArgumentException("units must not be negative, was " + units);
    }
    if (raters < 0) {
      throw new IllegalArgumentException("raters must not be negative, was " + raters);
    }
  }

  /**
   * Creates a sample size.
   *
   * @param units number of units, not negative
   * @param raters number of raters, not negative
   * @return the sample size, never {@code null}
   * @throws IllegalArgumentException if a count is negative
   */
  public static SampleSize of(long units, int raters) {
    return new SampleSize(units, raters);
  }

  @Override
  public String toString() {
    return "n=" + units + " units, " + raters + " raters";
  }
}
