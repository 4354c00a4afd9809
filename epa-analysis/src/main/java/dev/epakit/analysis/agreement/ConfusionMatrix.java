package dev.epakit.analysis.agreement;

import java.util.Arrays;
import java.util.Objects;

/**
 * The cross-tabulation of two raters' grades over a declared scale: entry (i, j) counts the units
 * that the first rater put in category i and the second in category j. It is the sufficient
 * statistic for percent agreement and Cohen's kappa, and two tables over the same scale add up
 * exactly, cell by cell.
 *
 * <p>Immutable and thread-safe. Equal when the scales and all counts are equal.
 */
public final class ConfusionMatrix {

  private final CategoryOrder order;
  private final long[][] counts;
  private final long total;

  private ConfusionMatrix(CategoryOrder order, long[][] counts) {
    this.order = order;
    this.counts = counts;
    long t = 0;
    for (long[] row : counts) {
      for (long c : row) {
        t = Math.addExact(t, c);
      }
    }
    this.total = t;
  }

  /**
   * Creates a table from counts, rows for the first rater and columns for the second.
   *
   * @param order the declared scale, not {@code null}
   * @param counts a k-by-k matrix of non-negative counts, k the size of the scale; copied
   * @return the table, never {@code null}
   * @throws NullPointerException if an argument or a row is {@code null}
   * @throws IllegalArgumentException if the matrix is not k-by-k or a count is negative
   */
  public static ConfusionMatrix of(CategoryOrder order, long[][] counts) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(counts, "counts");
    int k = order.size();
    if (counts.length != k) {
      throw new IllegalArgumentException(
          "confusion matrix must have " + k + " rows for the scale, had " + counts.length);
    }
    long[][] copy = new long[k][];
    for (int i = 0; i < k; i++) {
      long[] row = Objects.requireNonNull(counts[i], "confusion matrix row " + i);
      if (row.length != k) {
        throw new IllegalArgumentException(
            "confusion matrix must be square: row " + i + " has " + row.length
                + " entries, expected " + k);
      }
      for (int j = 0; j < k; j++) {
        if (row[j] < 0) {
          throw new IllegalArgumentException(
              "counts must not be negative, was " + row[j] + " at (" + i + "," + j + ")");
        }
      }
      copy[i] = row.clone();
    }
    return new ConfusionMatrix(order, copy);
  }

  /**
   * Creates a table from counts given as {@code int}s.
   *
   * @param order the declared scale, not {@code null}
   * @param counts a k-by-k matrix of non-negative counts; copied
   * @return the table, never {@code null}
   * @throws NullPointerException if an argument or a row is {@code null}
   * @throws IllegalArgumentException if the matrix is not k-by-k or a count is negative
   */
  public static ConfusionMatrix of(CategoryOrder order, int[][] counts) {
    Objects.requireNonNull(counts, "counts");
    long[][] l = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      int[] row = Objects.requireNonNull(counts[i], "confusion matrix row " + i);
      l[i] = Arrays.stream(row).asLongStream().toArray();
    }
    return of(order, l);
  }

  /**
   * Cross-tabulates two columns of category codes. A pair in which either rating is {@link
   * CategoryOrder#MISSING} is left out.
   *
   * @param order the declared scale, not {@code null}
   * @param first the first rater's codes, not {@code null}
   * @param second the second rater's codes, same length
   * @return the table, never {@code null}
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the lengths differ or a code is not declared
   */
  public static ConfusionMatrix tabulate(CategoryOrder order, int[] first, int[] second) {
    return CohenKappa.accumulator(order).addAll(first, second).confusionMatrix();
  }

  static ConfusionMatrix trusted(CategoryOrder order, long[][] counts) {
    return new ConfusionMatrix(order, counts);
  }

  /**
   * The declared scale.
   *
   * @return the scale, never {@code null}
   */
  public CategoryOrder order() {
    return order;
  }

  /**
   * The number of categories k.
   *
   * @return at least 1
   */
  public int size() {
    return counts.length;
  }

  /**
   * The count in cell (i, j).
   *
   * @param i first rater's category code
   * @param j second rater's category code
   * @return the count, not negative
   * @throws ArrayIndexOutOfBoundsException if a code is out of range
   */
  public long count(int i, int j) {
    return counts[i][j];
  }

  /**
   * The number of rated pairs.
   *
   * @return the sum of all cells
   */
  public long total() {
    return total;
  }

  /**
   * Adds another table over the same scale, cell by cell.
   *
   * @param other a table over the same scale, not {@code null}
   * @return a new table, never {@code null}
   * @throws IllegalArgumentException if the scales differ
   */
  public ConfusionMatrix plus(ConfusionMatrix other) {
    Objects.requireNonNull(other, "other");
    if (!order.equals(other.order)) {
      throw new IllegalArgumentException(
          "cannot add tables over different scales: " + order + " and " + other.order);
    }
    int k = counts.length;
    long[][] sum = new long[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        sum[i][j] = Math.addExact(counts[i][j], other.counts[i][j]);
      }
    }
    return new ConfusionMatrix(order, sum);
  }

  /**
   * A copy of the counts.
   *
   * @return a new k-by-k array, never {@code null}
   */
  public long[][] toArray() {
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfusionMatrix other
        && order.equals(other.order)
        && Arrays.deepEquals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return 31 * order.hashCode() + Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return "ConfusionMatrix[" + order.names() + ", " + Arrays.deepToString(counts) + "]";
  }
}
