package dev.epakit.analysis.agreement;

import java.util.Objects;

/**
 * Cohen's kappa for two raters over a declared scale: unweighted (Cohen 1960), or weighted with
 * linear, quadratic or custom agreement weights (Cohen 1968).
 *
 * <p>With p<sub>ij</sub> the cell proportions, r<sub>i</sub> and c<sub>j</sub> the margins and
 * w<sub>ij</sub> the agreement weights, the observed agreement is p<sub>o</sub> = &Sigma;
 * w<sub>ij</sub>p<sub>ij</sub>, the chance agreement p<sub>e</sub> = &Sigma;
 * w<sub>ij</sub>r<sub>i</sub>c<sub>j</sub>, and kappa = (p<sub>o</sub> - p<sub>e</sub>) / (1 -
 * p<sub>e</sub>).
 *
 * <p>The {@link Estimate} carries the large-sample standard error of Fleiss, Cohen and Everitt
 * (1969), which holds for weighted and unweighted kappa alike, a normal confidence interval built
 * from it (95% unless another level is asked for), and a {@link NullTest.ZTest} that uses their
 * standard error under the hypothesis of chance agreement. These are the formulas SAS PROC FREQ
 * reports as ASE and "ASE under H0". The result is {@link Insufficient} when fewer than 2 pairs
 * were rated or when chance agreement is already 1 (for instance every rating in one category).
 *
 * <p>This class is a stateless utility; its methods are thread-safe. The {@link Accumulator} is
 * not.
 *
 * <p>References: Cohen, J. (1960), Educational and Psychological Measurement 20, 37-46; Cohen, J.
 * (1968), Psychological Bulletin 70, 213-220; Fleiss, J. L., Cohen, J. and Everitt, B. S. (1969),
 * Psychological Bulletin 72, 323-327.
 */
public final class CohenKappa {

  private CohenKappa() {}

  /**
   * A new, empty accumulator of rated pairs over a scale.
   *
   * @param order the declared scale, not {@code null}
   * @return the accumulator, never {@code null}
   */
  public static Accumulator accumulator(CategoryOrder order) {
    return new Accumulator(order);
  }

  /**
   * Unweighted kappa of a table, with a 95% interval.
   *
   * @param table the two raters' cross-tabulation, not {@code null}
   * @return the estimate or the reason there is none, never {@code null}
   */
  public static AgreementResult of(ConfusionMatrix table) {
    return of(table, Weights.unweighted(table.size()), Inference.DEFAULT_LEVEL);
  }

  /**
   * Weighted kappa of a table, with a 95% interval.
   *
   * @param table the two raters' cross-tabulation, not {@code null}
   * @param weights agreement weights over the table's scale, not {@code null}
   * @return the estimate or the reason there is none, never {@code null}
   * @throws IllegalArgumentException if the weights are for a different number of categories
   */
  public static AgreementResult of(ConfusionMatrix table, Weights weights) {
    return of(table, weights, Inference.DEFAULT_LEVEL);
  }

  /**
   * Weighted kappa of two columns of category codes; pairs with a missing rating are left out.
   *
   * @param order the declared scale, not {@code null}
   * @param first the first rater's codes, not {@code null}
   * @param second the second rater's codes, same length
   * @param weights agreement weights over the scale, not {@code null}
   * @return the estimate or the reason there is none, never {@code null}
   * @throws IllegalArgumentException if the lengths differ, a code is not declared or the weights
   *     do not fit the scale
   */
  public static AgreementResult of(
      CategoryOrder order, int[] first, int[] second, Weights weights) {
    return of(ConfusionMatrix.tabulate(order, first, second), weights);
  }

  /**
   * Weighted kappa of a table with an interval at the given confidence level.
   *
   * @param table the two raters' cross-tabulation, not {@code null}
   * @param weights agreement weights over the table's scale, not {@code null}
   * @param level confidence level in (0, 1), such as 0.95
   * @return the estimate or the reason there is none, never {@code null}
   * @throws IllegalArgumentException if the weights do not fit or the level is out of range
   */
  public static AgreementResult of(ConfusionMatrix table, Weights weights, double level) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(weights, "weights");
    Interval.checkLevel(level);
    int k = table.size();
    weights.requireSize(k);
    long total = table.total();
    SampleSize n = SampleSize.of(total, 2);
    if (total < 2) {
      return Insufficient.of("fewer than 2 rated pairs", n);
    }
    double nn = total;
    double[] r = new double[k];
    double[] c = new double[k];
    double[][] p = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        p[i][j] = table.count(i, j) / nn;
        r[i] += p[i][j];
        c[j] += p[i][j];
      }
    }
    double po = 0.0;
    double pe = 0.0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        po += weights.get(i, j) * p[i][j];
        pe += weights.get(i, j) * r[i] * c[j];
      }
    }
    if (1.0 - pe <= Inference.DEGENERATE) {
      return Insufficient.of(
          "chance agreement is 1 (the raters' margins leave no room for disagreement), "
              + "so kappa is undefined",
          n);
    }
    double kappa = (po - pe) / (1.0 - pe);
    // Row and column means of the weights, weighted by the opposite margin (FCE 1969).
    double[] wRow = new double[k];
    double[] wCol = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        wRow[i] += c[j] * weights.get(i, j);
        wCol[j] += r[i] * weights.get(i, j);
      }
    }
    double sum = 0.0;
    double sum0 = 0.0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double d = weights.get(i, j) - (wRow[i] + wCol[j]) * (1.0 - kappa);
        sum += p[i][j] * d * d;
        double d0 = weights.get(i, j) - (wRow[i] + wCol[j]);
        sum0 += r[i] * c[j] * d0 * d0;
      }
    }
    double denom = nn * (1.0 - pe) * (1.0 - pe);
    double a = kappa - pe * (1.0 - kappa);
    double variance = Math.max(0.0, (sum - a * a) / denom);
    double nullVariance = (sum0 - pe * pe) / denom;
    double se = Math.sqrt(variance);
    Estimate e =
        Estimate.of(kappa, n)
            .withStandardError(se)
            .withInterval(Inference.normalInterval(kappa, se, level));
    NullTest.ZTest test = Inference.zTest(kappa, nullVariance);
    return test == null ? e : e.withTest(test);
  }

  /**
   * A mergeable accumulator of two raters' grades: the running {@link ConfusionMatrix}. Pairs in
   * which either rating is {@link CategoryOrder#MISSING} are counted as skipped and left out.
   *
   * <p>{@link #combine(Accumulator)} is exact and associative: accumulating any split of the data
   * separately and combining gives the same table as one pass. Not thread-safe: confine each
   * instance to one thread, and combine at the end.
   */
  public static final class Accumulator {

    private final CategoryOrder order;
    private final long[][] counts;
    private long skipped;

    private Accumulator(CategoryOrder order) {
      this.order = Objects.requireNonNull(order, "order");
      this.counts = new long[order.size()][order.size()];
    }

    /**
     * Adds one pair of grades for a unit.
     *
     * @param first the first rater's code, or {@link CategoryOrder#MISSING}
     * @param second the second rater's code, or {@link CategoryOrder#MISSING}
     * @return this accumulator
     * @throws IllegalArgumentException if a code is neither declared nor missing
     */
    public Accumulator add(int first, int second) {
      order.checkCodeOrMissing(first);
      order.checkCodeOrMissing(second);
      if (first == CategoryOrder.MISSING || second == CategoryOrder.MISSING) {
        skipped++;
      } else {
        counts[first][second]++;
      }
      return this;
    }

    /**
     * Adds two columns of grades, unit by unit.
     *
     * @param first the first rater's codes, not {@code null}
     * @param second the second rater's codes, same length
     * @return this accumulator
     * @throws IllegalArgumentException if the lengths differ or a code is not declared
     */
    public Accumulator addAll(int[] first, int[] second) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
      if (first.length != second.length) {
        throw new IllegalArgumentException(
            "rating columns differ in length: " + first.length + " and " + second.length);
      }
      for (int u = 0; u < first.length; u++) {
        add(first[u], second[u]);
      }
      return this;
    }

    /**
     * A new accumulator holding the data of this one and another; neither is changed.
     *
     * @param other an accumulator over the same scale, not {@code null}
     * @return the combined accumulator, never {@code null}
     * @throws IllegalArgumentException if the scales differ
     */
    public Accumulator combine(Accumulator other) {
      Objects.requireNonNull(other, "other");
      if (!order.equals(other.order)) {
        throw new IllegalArgumentException(
            "cannot combine accumulators over different scales: " + order + " and "
                + other.order);
      }
      Accumulator out = new Accumulator(order);
      int k = order.size();
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          out.counts[i][j] = Math.addExact(counts[i][j], other.counts[i][j]);
        }
      }
      out.skipped = Math.addExact(skipped, other.skipped);
      return out;
    }

    /**
     * The number of pairs left out because a rating was missing.
     *
     * @return the count, not negative
     */
    public long skipped() {
      return skipped;
    }

    /**
     * The table so far.
     *
     * @return an immutable snapshot, never {@code null}
     */
    public ConfusionMatrix confusionMatrix() {
      long[][] copy = new long[counts.length][];
      for (int i = 0; i < counts.length; i++) {
        copy[i] = counts[i].clone();
      }
      return ConfusionMatrix.trusted(order, copy);
    }

    /**
     * Unweighted kappa of the data so far.
     *
     * @return the estimate or the reason there is none, never {@code null}
     */
    public AgreementResult result() {
      return CohenKappa.of(confusionMatrix());
    }

    /**
     * Weighted kappa of the data so far.
     *
     * @param weights agreement weights over the scale, not {@code null}
     * @return the estimate or the reason there is none, never {@code null}
     * @throws IllegalArgumentException if the weights do not fit the scale
     */
    public AgreementResult result(Weights weights) {
      return CohenKappa.of(confusionMatrix(), weights);
    }
  }
}
