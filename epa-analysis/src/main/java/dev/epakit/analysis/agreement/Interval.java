package dev.epakit.analysis.agreement;

/**
 * A confidence interval: finite lower and upper bounds and the confidence level they were built
 * for, such as 0.95.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower lower bound, finite
 * @param upper upper bound, finite and not below {@code lower}
 * @param level confidence level, strictly between 0 and 1
 */
public record Interval(double lower, double upper, double level) {

  /**
   * Checks the bounds and the level.
   *
   * @throws IllegalArgumentException if a bound is not finite, the bounds are reversed, or the
   *     level is not strictly between 0 and 1
   */
  public Interval {
    if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
      throw new IllegalArgumentException(
          "interval bounds must be finite, were [" + lower + ", " + upper + "]");
    }
    if (lower > upper) {
      throw new IllegalArgumentException(
          "interval lower bound " + lower + " is above upper bound " + upper);
    }
    checkLevel(level);
  }

  /**
   * Creates an interval.
   *
   * @param lower lower bound, finite
   * @param upper upper bound, finite, not below {@code lower}
   * @param level confidence level in (0, 1)
   * @return the interval, never {@code null}
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static Interval of(double lower, double upper, double level) {
    return new Interval(lower, upper, level);
  }

  /**
   * Tells whether a value lies inside the closed interval.
   *
   * @param value the value to test
   * @return {@code true} if {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }

  static double checkLevel(double level) {
    if (!(level > 0.0 && level < 1.0)) {
      throw new IllegalArgumentException(
          "confidence level must be strictly between 0 and 1, was " + level);
    }
    return level;
  }

  @Override
  public String toString() {
    return Math.round(level * 1000) / 10.0 + "% [" + lower + ", " + upper + "]";
  }
}
