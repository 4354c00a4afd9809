package dev.epakit.analysis.agreement;

import java.util.Arrays;
import java.util.Objects;

/**
 * Agreement weights over a declared scale of k categories: a k-by-k matrix whose entry (i, j) is
 * the credit given when one rater chooses category i and the other category j. The diagonal is 1
 * (full agreement); off-diagonal entries lie in [0, 1].
 *
 * <p>{@link #unweighted(int)} gives Cohen's kappa and Gwet's AC1; {@link #linear(int)} and {@link
 * #quadratic(int)} are the usual ordinal weights 1 - |i-j|/(k-1) and 1 - (i-j)^2/(k-1)^2
 * (Cicchetti-Allison and Fleiss-Cohen). {@link #of(double[][])} takes any custom matrix, which need
 * not be symmetric; {@link #fromDisagreements(double[][])} converts Cohen's (1968) disagreement
 * weights.
 *
 * <p>Immutable and thread-safe.
 */
public final class Weights {

  private final double[][] w;
  private final String name;

  private Weights(double[][] w, String name) {
    this.w = w;
    this.name = name;
  }

  /**
   * Identity weights: only exact agreement earns credit.
   *
   * @param k number of categories, at least 1
   * @return the weights, never {@code null}
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static Weights unweighted(int k) {
    checkSize(k);
    double[][] w = new double[k][k];
    for (int i = 0; i < k; i++) {
      w[i][i] = 1.0;
    }
    return new Weights(w, "unweighted");
  }

  /**
   * Linear weights {@code 1 - |i - j| / (k - 1)} for an ordered scale.
   *
   * @param k number of categories, at least 2
   * @return the weights, never {@code null}
   * @throws IllegalArgumentException if {@code k < 2}
   */
  public static Weights linear(int k) {
    checkOrdinal(k);
    double[][] w = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        w[i][j] = 1.0 - Math.abs(i - j) / (double) (k - 1);
      }
    }
    return new Weights(w, "linear");
  }

  /**
   * Quadratic weights {@code 1 - (i - j)^2 / (k - 1)^2} for an ordered scale.
   *
   * @param k number of categories, at least 2
   * @return the weights, never {@code null}
   * @throws IllegalArgumentException if {@code k < 2}
   */
  public static Weights quadratic(int k) {
    checkOrdinal(k);
    double[][] w = new double[k][k];
    double d = (double) (k - 1) * (k - 1);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        w[i][j] = 1.0 - (i - j) * (i - j) / d;
      }
    }
    return new Weights(w, "quadratic");
  }

  /**
   * Custom agreement weights.
   *
   * @param weights a square matrix with 1 on the diagonal and entries in [0, 1]; copied
   * @return the weights, never {@code null}
   * @throws NullPointerException if the matrix or a row is {@code null}
   * @throws IllegalArgumentException if the matrix is empty, not square, has a diagonal entry other
   *     than 1 or an entry outside [0, 1]
   */
  public static Weights of(double[][] weights) {
    double[][] w = copySquare(weights);
    int k = w.length;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double v = w[i][j];
        if (i == j && v != 1.0) {
          throw new IllegalArgumentException(
              "agreement weight on the diagonal must be 1, was " + v + " at (" + i + "," + j + ")");
        }
        if (!(v >= 0.0 && v <= 1.0)) {
          throw new IllegalArgumentException(
              "agreement weights must lie in [0, 1], was " + v + " at (" + i + "," + j + ")");
        }
      }
    }
    return new Weights(w, "custom");
  }

  /**
   * Converts disagreement weights, as Cohen (1968) states them (0 on the diagonal, larger for
   * graver disagreement), to agreement weights {@code 1 - v / max(v)}. Weighted kappa is the same
   * under either form.
   *
   * @param disagreements a square matrix with 0 on the diagonal, finite non-negative entries and
   *     at least one positive entry; copied
   * @return the equivalent agreement weights, never {@code null}
   * @throws NullPointerException if the matrix or a row is {@code null}
   * @throws IllegalArgumentException if the matrix is empty, not square, or breaks the rules above
   */
  public static Weights fromDisagreements(double[][] disagreements) {
    double[][] v = copySquare(disagreements);
    int k = v.length;
    double max = 0.0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double x = v[i][j];
        if (!(x >= 0.0) || !Double.isFinite(x)) {
          throw new IllegalArgumentException(
              "disagreement weights must be finite and not negative, was " + x
                  + " at (" + i + "," + j + ")");
        }
        if (i == j && x != 0.0) {
          throw new IllegalArgumentException(
              "disagreement weight on the diagonal must be 0, was " + x + " at (" + i + "," + j
                  + ")");
        }
        max = Math.max(max, x);
      }
    }
    if (max == 0.0) {
      throw new IllegalArgumentException("disagreement weights are all zero");
    }
    double[][] w = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        w[i][j] = 1.0 - v[i][j] / max;
      }
    }
    return new Weights(w, "custom");
  }

  /**
   * The number of categories.
   *
   * @return k, at least 1
   */
  public int size() {
    return w.length;
  }

  /**
   * The weight for the pair of categories (i, j).
   *
   * @param i code of the first rater's category
   * @param j code of the second rater's category
   * @return the weight in [0, 1]
   * @throws ArrayIndexOutOfBoundsException if a code is out of range
   */
  public double get(int i, int j) {
    return w[i][j];
  }

  /**
   * Tells whether these are identity weights (unweighted statistics).
   *
   * @return {@code true} if every off-diagonal entry is 0
   */
  public boolean isIdentity() {
    for (int i = 0; i < w.length; i++) {
      for (int j = 0; j < w.length; j++) {
        if (i != j && w[i][j] != 0.0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The sum of all weights (k for identity weights).
   *
   * @return the sum
   */
  double sum() {
    double s = 0.0;
    for (double[] row : w) {
      for (double v : row) {
        s += v;
      }
    }
    return s;
  }

  /**
   * A copy of the matrix.
   *
   * @return a new k-by-k array, never {@code null}
   */
  public double[][] toArray() {
    double[][] copy = new double[w.length][];
    for (int i = 0; i < w.length; i++) {
      copy[i] = w[i].clone();
    }
    return copy;
  }

  void requireSize(int k) {
    if (w.length != k) {
      throw new IllegalArgumentException(
          "weights are for " + w.length + " categories but the scale has " + k);
    }
  }

  private static double[][] copySquare(double[][] m) {
    Objects.requireNonNull(m, "weights");
    int k = m.length;
    if (k == 0) {
      throw new IllegalArgumentException("weight matrix must not be empty");
    }
    double[][] copy = new double[k][];
    for (int i = 0; i < k; i++) {
      double[] row = Objects.requireNonNull(m[i], "weight matrix row " + i);
      if (row.length != k) {
        throw new IllegalArgumentException(
            "weight matrix must be square: row " + i + " has " + row.length + " entries, expected "
                + k);
      }
      copy[i] = row.clone();
    }
    return copy;
  }

  private static void checkSize(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("weights need at least one category, was " + k);
    }
  }

  private static void checkOrdinal(int k) {
    if (k < 2) {
      throw new IllegalArgumentException("ordinal weights need at least two categories, was " + k);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Weights other && Arrays.deepEquals(w, other.w);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(w);
  }

  @Override
  public String toString() {
    return "Weights[" + name + ", k=" + w.length + "]";
  }
}
