package dev.epakit.analysis.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fleiss' kappa for a fixed number m of ratings per unit over a declared scale (Fleiss 1971),
 * overall and for each category, with the null-hypothesis variances of Fleiss, Nee and Landis
 * (1979).
 *
 * <p>The raters need not be the same people from unit to unit, but every unit must carry exactly m
 * ratings. With n<sub>ij</sub> the number of ratings of unit i in category j, N units and p<sub>j
 * </sub> the overall share of category j, kappa = (P&#772; - P&#772;<sub>e</sub>) / (1 -
 * P&#772;<sub>e</sub>) where P&#772; is the mean share of agreeing rater pairs per unit and
 * P&#772;<sub>e</sub> = &Sigma; p<sub>j</sub><sup>2</sup>. The per-category kappa is
 * &kappa;<sub>j</sub> = 1 - &Sigma;<sub>i</sub> n<sub>ij</sub>(m - n<sub>ij</sub>) / (N m (m - 1)
 * p<sub>j</sub> q<sub>j</sub>).
 *
 * <p>Each {@link Estimate} carries a {@link NullTest.ZTest}: the standard error under the
 * hypothesis of chance agreement (Fleiss, Nee and Landis 1979, as R's {@code irr::kappam.fleiss}
 * computes it), z and a two-sided p-value. That standard error is valid only under the null
 * hypothesis, so no standard error or confidence interval is attached to the estimate itself.
 * Results are {@link Insufficient} for fewer than 2 units, fewer than 2 raters, or when all
 * ratings fall in one category.
 *
 * <p>References: Fleiss, J. L. (1971), Psychological Bulletin 76, 378-382; Fleiss, J. L., Nee, J.
 * C. M. and Landis, J. R. (1979), Psychological Bulletin 86, 974-977.
 */
public final class FleissKappa {

  private FleissKappa() {}

  /**
   * A new, empty accumulator.
   *
   * @param order the declared scale, not {@code null}
   * @param raters the number of ratings every unit carries, at least 1 (with 1 every result is
   *     {@link Insufficient})
   * @return the accumulator, never {@code null}
   * @throws IllegalArgumentException if {@code raters < 1}
   */
  public static Accumulator accumulator(CategoryOrder order, int raters) {
    return new Accumulator(order, raters);
  }

  /**
   * Overall kappa of a units-by-raters matrix of category codes. A unit with a missing rating is
   * left out (listwise), as in {@code irr::kappam.fleiss}.
   *
   * @param order the declared scale, not {@code null}
   * @param ratings one row per unit, one column per rater; all rows the same length
   * @return the estimate or the reason there is none, never {@code null}
   * @throws IllegalArgumentException if rows differ in length or a code is not declared
   */
  public static AgreementResult of(CategoryOrder order, int[][] ratings) {
    Objects.requireNonNull(ratings, "ratings");
    if (ratings.length == 0) {
      throw new IllegalArgumentException("ratings must have at least one unit");
    }
    Accumulator acc = accumulator(order, Objects.requireNonNull(ratings[0], "row 0").length);
    for (int[] row : ratings) {
      acc.addUnit(row);
    }
    return acc.result();
  }

  /**
   * A mergeable accumulator for Fleiss' kappa. It keeps, per category, the total number of
   * ratings and the sum of squared per-unit counts, which are sufficient for every figure this
   * class reports; combining is exact integer addition, hence associative.
   *
   * <p>Not thread-safe: confine each instance to one thread and combine at the end.
   */
  public static final class Accumulator {

    private final CategoryOrder order;
    private final int raters;
    private final long[] totals;
    private final long[] sumSquares;
    private long units;
    private long skipped;

    private Accumulator(CategoryOrder order, int raters) {
      this.order = Objects.requireNonNull(order, "order");
      if (raters < 1) {
        throw new IllegalArgumentException("raters must be at least 1, was " + raters);
      }
      this.raters = raters;
      this.totals = new long[order.size()];
      this.sumSquares = new long[order.size()];
    }

    /**
     * Adds one unit's ratings. A unit with a missing rating is counted as skipped and left out.
     *
     * @param codes exactly {@code raters} category codes or {@link CategoryOrder#MISSING}
     * @return this accumulator
     * @throws IllegalArgumentException if the number of codes is wrong or a code is not declared
     */
    public Accumulator addUnit(int... codes) {
      Objects.requireNonNull(codes, "codes");
      if (codes.length != raters) {
        throw new IllegalArgumentException(
            "each unit needs exactly " + raters + " ratings, got " + codes.length);
      }
      long[] counts = new long[order.size()];
      boolean missing = false;
      for (int c : codes) {
        order.checkCodeOrMissing(c);
        if (c == CategoryOrder.MISSING) {
          missing = true;
        } else {
          counts[c]++;
        }
      }
      if (missing) {
        skipped++;
        return this;
      }
      return addCounts(counts);
    }

    /**
     * Adds one unit given as the number of ratings in each category.
     *
     * @param counts one non-negative count per category, summing to {@code raters}
     * @return this accumulator
     * @throws IllegalArgumentException if the length or the sum is wrong or a count is negative
     */
    public Accumulator addCounts(long... counts) {
      Objects.requireNonNull(counts, "counts");
      if (counts.length != order.size()) {
        throw new IllegalArgumentException(
            "need one count per category (" + order.size() + "), got " + counts.length);
      }
      long sum = 0;
      for (long c : counts) {
        if (c < 0) {
          throw new IllegalArgumentException("counts must not be negative, was " + c);
        }
        sum += c;
      }
      if (sum != raters) {
        throw new IllegalArgumentException(
            "counts of a unit must add up to " + raters + " ratings, added up to " + sum);
      }
      for (int j = 0; j < counts.length; j++) {
        totals[j] += counts[j];
        sumSquares[j] += counts[j] * counts[j];
      }
      units++;
      return this;
    }

    /**
     * A new accumulator holding the data of this one and another; neither is changed.
     *
     * @param other an accumulator with the same scale and number of raters, not {@code null}
     * @return the combined accumulator, never {@code null}
     * @throws IllegalArgumentException if the scale or number of raters differs
     */
    public Accumulator combine(Accumulator other) {
      Objects.requireNonNull(other, "other");
      if (!order.equals(other.order) || raters != other.raters) {
        throw new IllegalArgumentException(
            "cannot combine accumulators with different scales or numbers of raters");
      }
      Accumulator out = new Accumulator(order, raters);
      for (int j = 0; j < totals.length; j++) {
        out.totals[j] = Math.addExact(totals[j], other.totals[j]);
        out.sumSquares[j] = Math.addExact(sumSquares[j], other.sumSquares[j]);
      }
      out.units = Math.addExact(units, other.units);
      out.skipped = Math.addExact(skipped, other.skipped);
      return out;
    }

    /**
     * The number of units left out because a rating was missing.
     *
     * @return the count, not negative
     */
    public long skipped() {
      return skipped;
    }

    /**
     * Overall Fleiss' kappa of the data so far.
     *
     * @return the estimate (value and z test) or the reason there is none, never {@code null}
     */
    public AgreementResult result() {
      SampleSize n = SampleSize.of(units, raters);
      Insufficient thin = thin(n);
      if (thin != null) {
        return thin;
      }
      int k = totals.length;
      double nm = (double) units * raters;
      double pbar = (sum(sumSquares) - nm) / (nm * (raters - 1));
      double pe = 0.0;
      double spq = 0.0;
      double spqqp = 0.0;
      for (int j = 0; j < k; j++) {
        double p = totals[j] / nm;
        double q = 1.0 - p;
        pe += p * p;
        spq += p * q;
        spqqp += p * q * (q - p);
      }
      if (1.0 - pe <= Inference.DEGENERATE) {
        return Insufficient.of(
            "all ratings fall in one category, so chance agreement is 1 and kappa is undefined",
            n);
      }
      double kappa = (pbar - pe) / (1.0 - pe);
      double var0 = 2.0 / (spq * spq * nm * (raters - 1)) * (spq * spq - spqqp);
      Estimate e = Estimate.of(kappa, n);
      NullTest.ZTest test = Inference.zTest(kappa, var0);
      return test == null ? e : e.withTest(test);
    }

    /**
     * Kappa for each category (Fleiss 1971), keyed by category name in the declared order. A
     * category that no rating used, or that every rating used, gets {@link Insufficient}.
     *
     * @return an unmodifiable map with one entry per declared category, never {@code null}
     */
    public Map<String, AgreementResult> perCategory() {
      SampleSize n = SampleSize.of(units, raters);
      Insufficient thin = thin(n);
      Map<String, AgreementResult> out = new LinkedHashMap<>();
      double nm = (double) units * raters;
      for (int j = 0; j < totals.length; j++) {
        String name = order.name(j);
        if (thin != null) {
          out.put(name, thin);
          continue;
        }
        double p = totals[j] / nm;
        double pq = p * (1.0 - p);
        if (totals[j] == 0 || totals[j] == units * raters) {
          out.put(
              name,
              Insufficient.of(
                  "category '" + name + "' was used by "
                      + (totals[j] == 0 ? "no rating" : "every rating")
                      + ", so its kappa is undefined",
                  n));
          continue;
        }
        double disagreement = (double) raters * totals[j] - sumSquares[j];
        double kappa = 1.0 - disagreement / (nm * (raters - 1) * pq);
        Estimate e = Estimate.of(kappa, n);
        NullTest.ZTest test = Inference.zTest(kappa, 2.0 / (nm * (raters - 1)));
        out.put(name, test == null ? e : e.withTest(test));
      }
      return Collections.unmodifiableMap(out);
    }

    private Insufficient thin(SampleSize n) {
      if (raters < 2) {
        return Insufficient.of("a single rater per unit: agreement needs at least 2 ratings", n);
      }
      if (units < 2) {
        return Insufficient.of("fewer than 2 units", n);
      }
      return null;
    }

    private static double sum(long[] xs) {
      long s = 0;
      for (long x : xs) {
        s += x;
      }
      return s;
    }
  }
}
