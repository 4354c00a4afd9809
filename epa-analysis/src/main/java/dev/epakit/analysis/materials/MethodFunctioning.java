package dev.epakit.analysis.materials;

import dev.epakit.analysis.variance.Insufficiency;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;

/**
 * How one assessment method functions: facility (pass rate), discrimination (the corrected
 * item-total correlation of the method's grade index with the candidate's total over the other
 * methods), Cronbach's alpha over its tasks where they are scored, its tasks, the trend of its
 * pass rate over periods, and the consistency of its grades across delivery sites.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method the method index, not negative
 * @param n results on the method, positive
 * @param facility proportion of passes, in [0, 1]
 * @param discrimination corrected item-total correlation across methods, or why there is none
 * @param alpha Cronbach's alpha over the method's scored tasks, or why there is none
 * @param tasks the method's tasks, by task index; empty when the data has no tasks
 * @param trend pass rate by period with its tests, or why there is none
 * @param sites per-site comparisons, by site index; empty with fewer than two sites
 */
public record MethodFunctioning(
    int method,
    long n,
    double facility,
    Either<Insufficiency, Double> discrimination,
    Either<Insufficiency, Double> alpha,
    List<TaskFunctioning> tasks,
    Either<Insufficiency, PassRateTrend> trend,
    List<SiteConsistency> sites) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a number is out of range
   */
  public MethodFunctioning {
    Objects.requireNonNull(discrimination, "discrimination");
    Objects.requireNonNull(alpha, "alpha");
    Objects.requireNonNull(trend, "trend");
    tasks = List.copyOf(tasks);
    sites = List.copyOf(sites);
    if (method < 0 || n < 1 || !(facility >= 0 && facility <= 1)) {
      throw new IllegalArgumentException("need method >= 0, n >= 1, facility in [0, 1]");
    }
  }
}
