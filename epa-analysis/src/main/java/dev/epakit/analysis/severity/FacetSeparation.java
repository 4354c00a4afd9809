package dev.epakit.analysis.severity;

/**
 * How well a facet's elements are told apart, as the summary lines of a FACETS measurement report
 * (the "Model, Populn" line), and the fixed chi-square test that all elements share one measure.
 *
 * <p>With {@code SD} the population standard deviation of the measures and {@code RMSE} the root
 * mean square of their standard errors: true variance {@code = max(0, SD^2 - RMSE^2)}; separation
 * {@code G = trueSD / RMSE}; strata {@code (4G + 1) / 3}; reliability {@code trueSD^2 / SD^2}
 * (Wright and Masters 1982, ch. 5; Linacre, FACETS manual, "Table 7 summary statistics"). For
 * assessors, a reliability near 0 is the goal: they are indistinguishable in severity.
 *
 * <p>Fixed chi-square: {@code sum w_i (D_i - D_w)^2} with weights {@code w_i = 1 / SE_i^2} and
 * {@code D_w} their weighted mean, on {@code k - 1} degrees of freedom, with the upper-tail
 * chi-square p-value. A small p rejects "all elements have the same measure".
 *
 * <p>Immutable and thread-safe.
 *
 * @param elements number of elements summarised, at least 2
 * @param mean mean measure
 * @param observedSd population standard deviation of the measures, not negative
 * @param rmse root mean square standard error, positive
 * @param trueSd error-adjusted standard deviation, not negative
 * @param separation separation index, not negative
 * @param strata statistically distinct levels, {@code (4 separation + 1) / 3}
 * @param reliability separation reliability in [0, 1]
 * @param chiSquare fixed (all same) chi-square, not negative
 * @param degreesOfFreedom {@code elements - 1}
 * @param pValue its upper-tail p-value in [0, 1]
 */
public record FacetSeparation(
    int elements,
    double mean,
    double observedSd,
    double rmse,
    double trueSd,
    double separation,
    double strata,
    double reliability,
    double chiSquare,
    int degreesOfFreedom,
    double pValue) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component is out of range
   */
  public FacetSeparation {
    if (elements < 2 || degreesOfFreedom != elements - 1) {
      throw new IllegalArgumentException("need at least two elements and df = elements - 1");
    }
    if (!(reliability >= 0 && reliability <= 1) || !(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("reliability and p must be in [0, 1]");
    }
    for (double v : new double[] {mean, observedSd, rmse, trueSd, separation, strata, chiSquare}) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("summary statistics must be finite");
      }
    }
  }
}
