package dev.epakit.analysis.agreement;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Gwet's agreement coefficients for any number of raters over a declared scale, missing ratings
 * allowed: AC1 (unweighted, Gwet 2008) and AC2 (weighted, Gwet 2014), with Gwet's standard error.
 *
 * <p>The formulas follow Gwet (2014) as implemented in R's {@code irrCAC::gwet.ac1.raw}: observed
 * agreement is averaged over the units that carry 2 or more ratings; chance agreement is p<sub>e
 * </sub> = (&Sigma; w<sub>kl</sub> / (q(q - 1))) &Sigma; &pi;<sub>k</sub>(1 - &pi;<sub>k</sub>) over
 * the q declared categories, &pi;<sub>k</sub> being the average over units of each unit's share of
 * ratings in category k. The standard error is Gwet's linearised variance over units without a
 * finite-population correction; the confidence interval (95% unless another level is asked for)
 * uses Student's t with n - 1 degrees of freedom and, as in irrCAC, its upper bound is capped at
 * 1. Because the chance term depends on the number of declared categories, declare the full scale.
 *
 * <p>Results are {@link Insufficient} for fewer than 2 units, no unit with 2 or more ratings, a
 * scale of one category, or chance agreement of 1.
 *
 * <p>References: Gwet, K. L. (2008), British Journal of Mathematical and Statistical Psychology
 * 61, 29-48; Gwet, K. L. (2014), Handbook of Inter-Rater Reliability, 4th ed., Advanced Analytics.
 */
public final class GwetAgreement {

  private GwetAgreement() {}

  /**
   * A new, empty accumulator.
   *
   * @param order the declared scale, not {@code null}
   * @return the accumulator, never {@code null}
   */
  public static Accumulator accumulator(CategoryOrder order) {
    return new Accumulator(order);
  }

  /**
   * AC1 of a units-by-raters matrix of category codes ({@link CategoryOrder#MISSING} allowed).
   *
   * @param order the declared scale, not {@code null}
   * @param ratings one row per unit; rows may differ in length
   * @return the estimate or the reason there is none, never {@code null}
   * @throws IllegalArgumentException if a code is not declared
   */
  public static AgreementResult ac1(CategoryOrder order, int[][] ratings) {
    return fill(order, ratings).result();
  }

  /**
   * AC2 of a units-by-raters matrix of category codes ({@link CategoryOrder#MISSING} allowed).
   *
   * @param order the declared scale, not {@code null}
   * @param ratings one row per unit; rows may differ in length
   * @param weights agreement weights over the scale, not {@code null}
   * @return the estimate or the reason there is none, never {@code null}
   * @throws IllegalArgumentException if a code is not declared or the weights do not fit
   */
  public static AgreementResult ac2(CategoryOrder order, int[][] ratings, Weights weights) {
    return fill(order, ratings).result(weights);
  }

  private static Accumulator fill(CategoryOrder order, int[][] ratings) {
    Objects.requireNonNull(ratings, "ratings");
    Accumulator acc = accumulator(order);
    for (int[] row : ratings) {
      acc.addUnit(row);
    }
    return acc;
  }

  /**
   * A mergeable accumulator for AC1 and AC2. It keeps each distinct per-unit profile of category
   * counts with its multiplicity, which is sufficient for the coefficient and its standard error;
   * combining adds multiplicities exactly, hence is associative, and results are computed in a
   * canonical order so that any split gives the same figures.
   *
   * <p>Not thread-safe: confine each instance to one thread and combine at the end.
   */
  public static final class Accumulator {

    private final CategoryOrder order;
    private final TreeMap<int[], Long> profiles = new TreeMap<>(Arrays::compare);
    private long empty;

    private Accumulator(CategoryOrder order) {
      this.order = Objects.requireNonNull(order, "order");
    }

    /**
     * Adds one unit's ratings, by any number of raters. Missing ratings are ignored; a unit with
     * no rating at all is counted as empty and left out.
     *
     * @param codes category codes or {@link CategoryOrder#MISSING}, not {@code null}
     * @return this accumulator
     * @throws IllegalArgumentException if a code is not declared
     */
    public Accumulator addUnit(int... codes) {
      Objects.requireNonNull(codes, "codes");
      int[] counts = new int[order.size()];
      for (int c : codes) {
        order.checkCodeOrMissing(c);
        if (c != CategoryOrder.MISSING) {
          counts[c]++;
        }
      }
      return addCounts(counts);
    }

    /**
     * Adds one unit given as the number of ratings in each category.
     *
     * @param counts one non-negative count per category
     * @return this accumulator
     * @throws IllegalArgumentException if the length is wrong or a count is negative
     */
    public Accumulator addCounts(int... counts) {
      Objects.requireNonNull(counts, "counts");
      if (counts.length != order.size()) {
        throw new IllegalArgumentException(
            "need one count per category (" + order.size() + "), got " + counts.length);
      }
      int r = 0;
      for (int c : counts) {
        if (c < 0) {
          throw new IllegalArgumentException("counts must not be negative, was " + c);
        }
        r += c;
      }
      if (r == 0) {
        empty++;
      } else {
        profiles.merge(counts.clone(), 1L, Long::sum);
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
      out.profiles.putAll(profiles);
      other.profiles.forEach((k, v) -> out.profiles.merge(k, v, Math::addExact));
      out.empty = Math.addExact(empty, other.empty);
      return out;
    }

    /**
     * The number of units left out because they carried no rating.
     *
     * @return the count, not negative
     */
    public long empty() {
      return empty;
    }

    /**
     * Gwet's AC1 of the data so far, with a 95% interval.
     *
     * @return the estimate or the reason there is none, never {@code null}
     */
    public AgreementResult result() {
      return result(Weights.unweighted(order.size()), Inference.DEFAULT_LEVEL);
    }

    /**
     * Gwet's AC2 of the data so far (AC1 for identity weights), with a 95% interval.
     *
     * @param weights agreement weights over the scale, not {@code null}
     * @return the estimate or the reason there is none, never {@code null}
     * @throws IllegalArgumentException if the weights do not fit the scale
     */
    public AgreementResult result(Weights weights) {
      return result(weights, Inference.DEFAULT_LEVEL);
    }

    /**
     * Gwet's AC2 of the data so far, with an interval at the given level.
     *
     * @param weights agreement weights over the scale, not {@code null}
     * @param level confidence level in (0, 1)
     * @return the estimate or the reason there is none, never {@code null}
     * @throws IllegalArgumentException if the weights do not fit or the level is out of range
     */
    public AgreementResult result(Weights weights, double level) {
      Objects.requireNonNull(weights, "weights");
      Interval.checkLevel(level);
      int q = order.size();
      weights.requireSize(q);
      long n = 0;
      long n2 = 0;
      int maxRaters = 0;
      for (Map.Entry<int[], Long> e : profiles.entrySet()) {
        int r = Arrays.stream(e.getKey()).sum();
        n += e.getValue();
        if (r >= 2) {
          n2 += e.getValue();
        }
        maxRaters = Math.max(maxRaters, r);
      }
      SampleSize size = SampleSize.of(n, maxRaters);
      if (n < 2) {
        return Insufficient.of("fewer than 2 rated units", size);
      }
      if (n2 == 0) {
        return Insufficient.of("no unit carries 2 or more ratings", size);
      }
      if (q < 2) {
        return Insufficient.of("the scale has a single category", size);
      }
      double[] pi = new double[q];
      double paSum = 0.0;
      for (Map.Entry<int[], Long> e : profiles.entrySet()) {
        int[] a = e.getKey();
        double m = e.getValue();
        int r = Arrays.stream(a).sum();
        for (int k = 0; k < q; k++) {
          pi[k] += m * a[k] / r;
        }
        if (r >= 2) {
          paSum += m * unitAgreement(a, r, weights);
        }
      }
      double nn = n;
      for (int k = 0; k < q; k++) {
        pi[k] /= nn;
      }
      double pa = paSum / n2;
      double wFactor = weights.sum() / ((double) q * (q - 1));
      double pe = 0.0;
      for (int k = 0; k < q; k++) {
        pe += pi[k] * (1.0 - pi[k]);
      }
      pe *= wFactor;
      if (1.0 - pe <= Inference.DEGENERATE) {
        return Insufficient.of("chance agreement is 1, so the coefficient is undefined", size);
      }
      double ac = (pa - pe) / (1.0 - pe);
      double ss = 0.0;
      for (Map.Entry<int[], Long> e : profiles.entrySet()) {
        int[] a = e.getKey();
        int r = Arrays.stream(a).sum();
        double pai = r >= 2 ? unitAgreement(a, r, weights) : 0.0;
        double aci = (nn / n2) * (pai - (r >= 2 ? pe : 0.0)) / (1.0 - pe);
        double pei = 0.0;
        for (int k = 0; k < q; k++) {
          pei += a[k] * (1.0 - pi[k]);
        }
        pei = wFactor * pei / r;
        double x = aci - 2.0 * (1.0 - ac) * (pei - pe) / (1.0 - pe) - ac;
        ss += e.getValue() * x * x;
      }
      double se = Math.sqrt(ss / (nn * (nn - 1.0)));
      double half = Inference.tCritical(level, nn - 1.0) * se;
      double upper = Math.min(1.0, ac + half);
      double lower = Math.min(ac - half, upper);
      return Estimate.of(ac, size)
          .withStandardError(se)
          .withInterval(Interval.of(lower, upper, level));
    }

    /** Weighted share of agreeing ordered rater pairs within one unit with r >= 2 ratings. */
    private static double unitAgreement(int[] a, int r, Weights w) {
      int q = a.length;
      double s = 0.0;
      for (int k = 0; k < q; k++) {
        if (a[k] == 0) {
          continue;
        }
        double weighted = 0.0;
        for (int l = 0; l < q; l++) {
          weighted += w.get(k, l) * a[l];
        }
        s += a[k] * (weighted - 1.0);
      }
      return s / ((double) r * (r - 1));
    }
  }
}
