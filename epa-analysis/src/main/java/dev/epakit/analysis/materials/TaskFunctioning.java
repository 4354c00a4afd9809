package dev.epakit.analysis.materials;

import dev.epakit.analysis.variance.Insufficiency;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one task (question, assignment) of a method functions: its facility (pass rate), its mean
 * score where scored, and its discrimination, the corrected item-total correlation: the Pearson
 * correlation between the task's score (or grade index where unscored) and the candidate's total
 * over the method's other tasks, over candidates who took every task of the method.
 *
 * <p>Immutable and thread-safe.
 *
 * @param task the task index, not negative
 * @param n results on the task, positive
 * @param facility proportion of passes, in [0, 1]
 * @param meanScore mean score, if any row of the task has a score
 * @param discrimination the corrected item-total correlation, or why there is none
 */
public record TaskFunctioning(
    int task, long n, double facility, OptionalDouble meanScore,
    Either<Insufficiency, Double> discrimination) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a number is out of range
   */
  public TaskFunctioning {
    Objects.requireNonNull(meanScore, "meanScore");
    Objects.requireNonNull(discrimination, "discrimination");
    if (task < 0 || n < 1 || !(facility >= 0 && facility <= 1)) {
      throw new IllegalArgumentException("need task >= 0, n >= 1, facility in [0, 1]");
    }
  }
}
