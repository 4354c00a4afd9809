package dev.epakit.analysis.severity;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The measure of one element (a candidate, an assessor or a method) with its model standard error
 * and fit statistics, as the FACETS measurement report gives them.
 *
 * <p>Fit: the outfit mean-square is the mean of squared standardised residuals, sensitive to
 * unexpected ratings far from the element's measure; the infit mean-square is the
 * information-weighted mean square, sensitive to unexpected patterns near it. Both have
 * expectation 1; values above 1 mean more noise than the model predicts (e.g. erratic grading),
 * below 1 more predictability (e.g. a central tendency or halo). The standardised values (ZSTD) are
 * the Wilson-Hilferty cube-root transformations of the mean-squares (Wright and Masters 1982,
 * Rating Scale Analysis, p. 100), approximately unit normal; they are empty when the mean-square's
 * model variance is not positive.
 *
 * <p>Immutable and thread-safe.
 *
 * @param facet the element's facet, not null
 * @param index the element's index in its facet, not negative
 * @param n number of observations, positive
 * @param score the element's raw score, the sum of its category indexes
 * @param expectedScore the raw score the model expects at the estimates
 * @param measure measure in logits: ability, severity or difficulty; finite
 * @param standardError model standard error {@code 1 / sqrt(information)}, finite and positive
 * @param infit infit mean-square, finite and not negative
 * @param infitZ standardised infit, if defined
 * @param outfit outfit mean-square, finite and not negative
 * @param outfitZ standardised outfit, if defined
 */
public record ElementMeasure(
    Facet facet,
    int index,
    long n,
    long score,
    double expectedScore,
    double measure,
    double standardError,
    double infit,
    OptionalDouble infitZ,
    double outfit,
    OptionalDouble outfitZ) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a number is out of range
   */
  public ElementMeasure {
    Objects.requireNonNull(facet, "facet");
    Objects.requireNonNull(infitZ, "infitZ");
    Objects.requireNonNull(outfitZ, "outfitZ");
    if (index < 0 || n < 1) {
      throw new IllegalArgumentException("index must not be negative and n must be positive");
    }
    if (!Double.isFinite(measure) || !(standardError > 0) || !Double.isFinite(standardError)) {
      throw new IllegalArgumentException(
          "measure and standard error must be finite, the error positive");
    }
    if (!(infit >= 0) || !(outfit >= 0) || !Double.isFinite(infit) || !Double.isFinite(outfit)) {
      throw new IllegalArgumentException("mean-squares must be finite and not negative");
    }
  }

  /**
   * A symmetric normal interval around the measure: {@code measure +/- z * standardError}.
   *
   * @param z the normal critical value, such as 1.96 for 95%; finite and positive
   * @return {@code {lower, upper}}, a new array
   * @throws IllegalArgumentException if z is not finite and positive
   */
  public double[] interval(double z) {
    if (!(z > 0) || !Double.isFinite(z)) {
      throw new IllegalArgumentException("z must be finite and positive: " + z);
    }
    return new double[] {measure - z * standardError, measure + z * standardError};
  }
}
