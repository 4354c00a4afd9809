package dev.epakit.analysis.severity;

import dev.epakit.analysis.agreement.SampleSize;
import java.util.List;
import java.util.Objects;

/**
 * Measures from a many-facet Rasch analysis: per facet the elements' measures, standard errors and
 * fit, and the facet's separation; the rating scales' thresholds; the elements excluded for
 * extreme scores; and how the iteration ended.
 *
 * <p>Measures are in logits. Assessor severities and method difficulties are centred on 0 (their
 * unweighted mean is 0); candidate abilities are free. Positive assessor measures are more severe.
 *
 * <p>Joint maximum likelihood estimates are known to be slightly too dispersed with few
 * observations per element (Wright and Douglas 1977); no bias correction is applied, as in FACETS
 * by default.
 *
 * <p>Immutable and thread-safe.
 *
 * @param candidates candidate measures
 * @param assessors assessor measures
 * @param methods method measures
 * @param scales thresholds of each scale that has observations, in scale order
 * @param excluded elements excluded for extreme scores
 * @param observations number of observations used in estimation
 * @param iterations number of iterations run
 * @param converged whether the convergence criteria were met within the iteration limit
 * @param maxScoreResidual the largest absolute difference between an element's observed and
 *     expected raw score at the last iteration
 * @param maxChange the largest absolute change of a measure or threshold at the last iteration, in
 *     logits
 * @param n how much data there was before exclusions
 */
public record RaschMeasurement(
    FacetSummary candidates,
    FacetSummary assessors,
    FacetSummary methods,
    List<ScaleThresholds> scales,
    List<ExcludedElement> excluded,
    long observations,
    int iterations,
    boolean converged,
    double maxScoreResidual,
    double maxChange,
    SampleSize n)
    implements RaschResult {

  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a summary belongs to the wrong facet
   */
  public RaschMeasurement {
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(assessors, "assessors");
    Objects.requireNonNull(methods, "methods");
    Objects.requireNonNull(n, "n");
    scales = List.copyOf(scales);
    excluded = List.copyOf(excluded);
    if (candidates.facet() != Facet.CANDIDATE || assessors.facet() != Facet.ASSESSOR
        || methods.facet() != Facet.METHOD) {
      throw new IllegalArgumentException("facet summaries in the wrong places");
    }
  }

  /**
   * Returns the summary of a facet.
   *
   * @param facet the facet, not null
   * @return its summary, never {@code null}
   */
  public FacetSummary facet(Facet facet) {
    return switch (Objects.requireNonNull(facet, "facet")) {
      case CANDIDATE -> candidates;
      case ASSESSOR -> assessors;
      case METHOD -> methods;
    };
  }
}
