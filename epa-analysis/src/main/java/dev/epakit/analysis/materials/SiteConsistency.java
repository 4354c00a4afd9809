package dev.epakit.analysis.materials;

import dev.epakit.analysis.variance.GradeComparison;
import dev.epakit.analysis.variance.Insufficiency;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One delivery site's (venue's, mode's) grades on a method compared with every other site's on the
 * same method, by {@link GradeComparison} (Pearson chi-square, G, and an exact test for small
 * counts), with the Benjamini-Hochberg adjusted p-value (q) across the method's sites.
 *
 * <p>Immutable and thread-safe.
 *
 * @param site the site index, not negative
 * @param n results at the site, positive
 * @param passRate the site's pass rate, in [0, 1]
 * @param test the grade-distribution test, or why there is none
 * @param q the Benjamini-Hochberg adjusted p-value, present when the test is
 */
public record SiteConsistency(
    int site, long n, double passRate, Either<Insufficiency, GradeComparison> test,
    OptionalDouble q) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a number is out of range or q is present without a test
   */
  public SiteConsistency {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(q, "q");
    if (site < 0 || n < 1 || !(passRate >= 0 && passRate <= 1)) {
      throw new IllegalArgumentException("need site >= 0, n >= 1, pass rate in [0, 1]");
    }
    if (test.isRight() != q.isPresent()) {
      throw new IllegalArgumentException("q is present exactly when the test is");
    }
  }
}
