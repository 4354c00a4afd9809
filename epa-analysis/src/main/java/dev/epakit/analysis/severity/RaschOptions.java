package dev.epakit.analysis.severity;

/**
 * Settings of the joint maximum likelihood estimation.
 *
 * <p>Iteration stops, converged, when at the same iteration the largest absolute change of any
 * measure or threshold is below {@code logitTolerance} and the largest absolute score residual
 * (observed minus expected raw score of any element, or count of any category boundary) is below
 * {@code scoreTolerance}; FACETS' defaults are 0.01 logits and 0.5 score points, ours are much
 * stricter because computing is cheap. It stops unconverged at {@code maxIterations}. Each
 * Newton-Raphson step is limited to {@code maxStep} logits (damping), as FACETS does in early
 * iterations.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxIterations iteration limit, at least 1
 * @param logitTolerance convergence bound on the change of measures, positive
 * @param scoreTolerance convergence bound on the score residuals, positive
 * @param maxStep largest change of a measure in one iteration, positive
 * @param minimumObservations fewest observations (after exclusions) to estimate from, at least 1
 * @param threads worker threads for the passes over the observations, at least 1
 */
public record RaschOptions(
    int maxIterations,
    double logitTolerance,
    double scoreTolerance,
    double maxStep,
    int minimumObservations,
    int threads) {

  /** Defaults: 500 iterations, 1e-6 logits, 1e-4 score points, 1-logit steps, 10 observations. */
  public static final RaschOptions DEFAULTS = new RaschOptions(500, 1e-6, 1e-4, 1.0, 10, 1);

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component is out of range
   */
  public RaschOptions {
    if (maxIterations < 1 || minimumObservations < 1 || threads < 1) {
      throw new IllegalArgumentException(
          "iterations, minimum observations and threads must be at least 1");
    }
    if (!(logitTolerance > 0) || !(scoreTolerance > 0) || !(maxStep > 0)) {
      throw new IllegalArgumentException("tolerances and step must be positive");
    }
  }

  /**
   * Returns the default options.
   *
   * @return {@link #DEFAULTS}
   */
  public static RaschOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another number of worker threads.
   *
   * @param count worker threads, at least 1
   * @return new options, never {@code null}
   * @throws IllegalArgumentException if the count is below 1
   */
  public RaschOptions withThreads(int count) {
    return new RaschOptions(
        maxIterations, logitTolerance, scoreTolerance, maxStep, minimumObservations, count);
  }

  /**
   * A copy with other convergence tolerances.
   *
   * @param logits bound on the change of measures, positive
   * @param score bound on the score residuals, positive
   * @return new options, never {@code null}
   * @throws IllegalArgumentException if a tolerance is not positive
   */
  public RaschOptions withTolerances(double logits, double score) {
    return new RaschOptions(maxIterations, logits, score, maxStep, minimumObservations, threads);
  }
}
