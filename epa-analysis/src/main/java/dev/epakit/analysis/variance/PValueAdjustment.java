package dev.epakit.analysis.variance;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Multiple-testing adjustment of p-values across assessors, with exactly the semantics of R's
 * {@code p.adjust}: the same formulas, the same ordering of ties, adjusted values capped at one.
 *
 * <p>A hypothesis is rejected at level {@code q} when its adjusted p-value is at most {@code q};
 * for {@link #BENJAMINI_HOCHBERG} this is the step-up procedure of Benjamini and Hochberg (1995),
 * "Controlling the false discovery rate", <i>JRSS B</i> 57:289-300, and for {@link #HOLM} the
 * step-down procedure of Holm (1979), <i>Scand. J. Statist.</i> 6:65-70.
 */
public enum PValueAdjustment {
  /**
   * Benjamini-Hochberg false discovery rate: with {@code p_(1) <= ... <= p_(m)}, {@code q_(i) =
   * min(1, min_{j >= i} m p_(j) / j)}. R: {@code p.adjust(p, "BH")}.
   */
  BENJAMINI_HOCHBERG,
  /**
   * Holm family-wise error rate: {@code q_(i) = min(1, max_{j <= i} (m - j + 1) p_(j))}. R: {@code
   * p.adjust(p, "holm")}.
   */
  HOLM,
  /** Bonferroni: {@code min(1, m p)}. R: {@code p.adjust(p, "bonferroni")}. */
  BONFERRONI;

  /**
   * Adjusts a family of p-values.
   *
   * @param pValues the p-values, each in [0, 1]; not null; may be empty
   * @return the adjusted p-values in the same order, a new array, never {@code null}
   * @throws IllegalArgumentException if a p-value is outside [0, 1] or NaN
   */
  public double[] adjust(double[] pValues) {
    Objects.requireNonNull(pValues, "pValues");
    for (int i = 0; i < pValues.length; i++) {
      if (!(pValues[i] >= 0 && pValues[i] <= 1)) {
        throw new IllegalArgumentException("p-value " + i + " not in [0, 1]: " + pValues[i]);
      }
    }
    int m = pValues.length;
    double[] adjusted = new double[m];
    if (m == 0) {
      return adjusted;
    }
    switch (this) {
      case BONFERRONI -> {
        for (int i = 0; i < m; i++) {
          adjusted[i] = Math.min(1, m * pValues[i]);
        }
      }
      case HOLM -> {
        // o <- order(p); pmin(1, cummax((n - i + 1) * p[o]))[order(o)], i = 1..n
        Integer[] order = order(pValues, Comparator.naturalOrder());
        double running = 0;
        for (int rank = 1; rank <= m; rank++) {
          int index = order[rank - 1];
          running = Math.max(running, (m - rank + 1) * pValues[index]);
          adjusted[index] = Math.min(1, running);
        }
      }
      case BENJAMINI_HOCHBERG -> {
        // o <- order(p, decreasing = TRUE); pmin(1, cummin(n / i * p[o]))[order(o)], i = n..1
        Integer[] order = order(pValues, Comparator.reverseOrder());
        double running = Double.POSITIVE_INFINITY;
        for (int k = 0; k < m; k++) {
          int index = order[k];
          int rank = m - k;
          running = Math.min(running, (double) m / rank * pValues[index]);
          adjusted[index] = Math.min(1, running);
        }
      }
      default -> throw new AssertionError(this);
    }
    return adjusted;
  }

  /**
   * Tells which hypotheses are rejected when the family is controlled at a level.
   *
   * @param pValues the p-values, each in [0, 1]; not null
   * @param level the level, such as 0.05, in (0, 1)
   * @return for each p-value, whether its adjusted value is at most {@code level}; a new array
   * @throws IllegalArgumentException if a p-value or the level is out of range
   */
  public boolean[] rejected(double[] pValues, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1): " + level);
    }
    double[] adjusted = adjust(pValues);
    boolean[] rejected = new boolean[adjusted.length];
    for (int i = 0; i < adjusted.length; i++) {
      rejected[i] = adjusted[i] <= level;
    }
    return rejected;
  }

  // Tied p-values receive equal adjusted values whatever their relative order, so any sort will do.
  private static Integer[] order(double[] values, Comparator<Double> direction) {
    Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (a, b) -> direction.compare(values[a], values[b]));
    return order;
  }
}
