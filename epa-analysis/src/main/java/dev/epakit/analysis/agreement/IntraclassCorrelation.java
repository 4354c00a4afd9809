package dev.epakit.analysis.agreement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The six intraclass correlations of Shrout and Fleiss (1979) for n units each rated by the same k
 * raters on a numeric scale (marks, scores, grade points), with the F test, degrees of freedom,
 * p-value and confidence interval that R's {@code psych::ICC} reports.
 *
 * <p>From the two-way analysis of variance of the units-by-raters table (mean squares between
 * units MSB, between raters MSJ, residual MSE, and within units MSW):
 *
 * <ul>
 *   <li>ICC(1,1) = (MSB - MSW) / (MSB + (k - 1) MSW), ICC(1,k) = (MSB - MSW) / MSB, tested by F =
 *       MSB/MSW on (n - 1, n(k - 1)) degrees of freedom;
 *   <li>ICC(2,1) = (MSB - MSE) / (MSB + (k - 1) MSE + k (MSJ - MSE) / n), ICC(2,k) = (MSB - MSE) /
 *       (MSB + (MSJ - MSE) / n);
 *   <li>ICC(3,1) = (MSB - MSE) / (MSB + (k - 1) MSE), ICC(3,k) = (MSB - MSE) / MSB; cases 2 and 3
 *       tested by F = MSB/MSE on (n - 1, (n - 1)(k - 1)) degrees of freedom.
 * </ul>
 *
 * <p>Intervals are the exact F-based limits of Shrout and Fleiss for cases 1 and 3 and the
 * Satterthwaite approximation for case 2, with the level split equally between the two tails (95%
 * unless another level is asked for), as in current versions of {@code psych::ICC}. Results are
 * {@link Insufficient} for fewer than 2 units or raters, when all ratings are identical, when the
 * units' means do not differ, or when the error mean square of the form is zero (raters agree
 * perfectly, so F is infinite).
 *
 * <p>Reference: Shrout, P. E. and Fleiss, J. L. (1979), Psychological Bulletin 86, 420-428.
 */
public final class IntraclassCorrelation {

  /** Below this share of the total sum of squares, a sum of squares is treated as zero. */
  private static final double ZERO_SHARE = 1e-12;

  private IntraclassCorrelation() {}

  /**
   * A new, empty accumulator.
   *
   * @param raters the number of ratings every unit carries, at least 1 (with 1 every result is
   *     {@link Insufficient})
   * @return the accumulator, never {@code null}
   * @throws IllegalArgumentException if {@code raters < 1}
   */
  public static Accumulator accumulator(int raters) {
    return new Accumulator(raters);
  }

  /**
   * All six forms for a units-by-raters matrix, complete rows only, with 95% intervals.
   *
   * @param ratings one row per unit, one column per rater; all rows the same length
   * @return an unmodifiable map with all six forms in declaration order, never {@code null}
   * @throws IllegalArgumentException if rows differ in length or a value is infinite
   */
  public static Map<IccForm, AgreementResult> of(double[][] ratings) {
    Objects.requireNonNull(ratings, "ratings");
    if (ratings.length == 0) {
      throw new IllegalArgumentException("ratings must have at least one unit");
    }
    Accumulator acc = accumulator(Objects.requireNonNull(ratings[0], "row 0").length);
    for (double[] row : ratings) {
      acc.addUnit(row);
    }
    return acc.results();
  }

  /**
   * A mergeable accumulator for the intraclass correlations. It keeps the number of units and
   * three running means with their sums of squared deviations: of each rater's ratings, of the
   * units' mean ratings, and of each unit's ratings less its own mean. These give the between-unit,
   * between-rater and residual sums of squares of the analysis of variance without subtracting
   * large numbers from each other. Two accumulators combine by the parallel update of Chan, Golub
   * and LeVeque, which is associative up to rounding. A unit with a missing ({@link Double#NaN})
   * rating is counted as skipped and left out (complete cases).
   *
   * <p>Not thread-safe: confine each instance to one thread and combine at the end.
   */
  public static final class Accumulator {

    private final int k;
    private long n;
    /** Mean rating of each rater. */
    private final double[] raterMean;
    /** Mean of the units' mean ratings, and the sum of squared deviations from it. */
    private double unitMean;
    private double unitM2;
    /** Mean of the within-unit deviations (rating less the unit's mean), and their scatter. */
    private final double[] residualMean;
    private double residualM2;
    private long skipped;

    private Accumulator(int raters) {
      if (raters < 1) {
        throw new IllegalArgumentException("raters must be at least 1, was " + raters);
      }
      this.k = raters;
      this.raterMean = new double[raters];
      this.residualMean = new double[raters];
    }

    /**
     * Adds one unit's ratings, one per rater in a fixed rater order.
     *
     * @param ratings exactly {@code raters} values; {@link Double#NaN} marks a missing rating
     * @return this accumulator
     * @throws IllegalArgumentException if the number of ratings is wrong or a rating is infinite
     */
    public Accumulator addUnit(double... ratings) {
      Objects.requireNonNull(ratings, "ratings");
      if (ratings.length != k) {
        throw new IllegalArgumentException(
            "each unit needs exactly " + k + " ratings, got " + ratings.length);
      }
      boolean missing = false;
      for (double x : ratings) {
        if (Double.isInfinite(x)) {
          throw new IllegalArgumentException("ratings must be finite or NaN (missing), was " + x);
        }
        missing |= Double.isNaN(x);
      }
      if (missing) {
        skipped++;
        return this;
      }
      n++;
      double row = 0.0;
      for (double x : ratings) {
        row += x;
      }
      row /= k;
      double du = row - unitMean;
      unitMean += du / n;
      unitM2 += du * (row - unitMean);
      double scatter = 0.0;
      for (int j = 0; j < k; j++) {
        double dr = ratings[j] - raterMean[j];
        raterMean[j] += dr / n;
        double z = ratings[j] - row;
        double dz = z - residualMean[j];
        residualMean[j] += dz / n;
        scatter += dz * (z - residualMean[j]);
      }
      residualM2 += scatter;
      return this;
    }

    /**
     * A new accumulator holding the data of this one and another; neither is changed.
     *
     * @param other an accumulator with the same number of raters, not {@code null}
     * @return the combined accumulator, never {@code null}
     * @throws IllegalArgumentException if the numbers of raters differ
     */
    public Accumulator combine(Accumulator other) {
      Objects.requireNonNull(other, "other");
      if (k != other.k) {
        throw new IllegalArgumentException(
            "cannot combine accumulators for " + k + " and " + other.k + " raters");
      }
      Accumulator out = new Accumulator(k);
      out.n = Math.addExact(n, other.n);
      out.skipped = Math.addExact(skipped, other.skipped);
      if (out.n == 0) {
        return out;
      }
      double share = (double) other.n / out.n;
      double f = (double) n * other.n / out.n;
      double du = other.unitMean - unitMean;
      out.unitMean = unitMean + du * share;
      out.unitM2 = unitM2 + other.unitM2 + f * du * du;
      double scatter = 0.0;
      for (int j = 0; j < k; j++) {
        out.raterMean[j] = raterMean[j] + (other.raterMean[j] - raterMean[j]) * share;
        double dz = other.residualMean[j] - residualMean[j];
        out.residualMean[j] = residualMean[j] + dz * share;
        scatter += dz * dz;
      }
      out.residualM2 = residualM2 + other.residualM2 + f * scatter;
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
     * All six forms with 95% intervals.
     *
     * @return an unmodifiable map with all six forms in declaration order, never {@code null}
     */
    public Map<IccForm, AgreementResult> results() {
      return results(Inference.DEFAULT_LEVEL);
    }

    /**
     * All six forms with intervals at the given level.
     *
     * @param level confidence level in (0, 1)
     * @return an unmodifiable map with all six forms in declaration order, never {@code null}
     * @throws IllegalArgumentException if the level is out of range
     */
    public Map<IccForm, AgreementResult> results(double level) {
      Map<IccForm, AgreementResult> out = new EnumMap<>(IccForm.class);
      for (IccForm form : IccForm.values()) {
        out.put(form, result(form, level));
      }
      return Collections.unmodifiableMap(out);
    }

    /**
     * One form with a 95% interval.
     *
     * @param form the form, not {@code null}
     * @return the estimate or the reason there is none, never {@code null}
     */
    public AgreementResult result(IccForm form) {
      return result(form, Inference.DEFAULT_LEVEL);
    }

    /**
     * One form with an interval at the given level.
     *
     * @param form the form, not {@code null}
     * @param level confidence level in (0, 1)
     * @return the estimate or the reason there is none, never {@code null}
     * @throws IllegalArgumentException if the level is out of range
     */
    public AgreementResult result(IccForm form, double level) {
      Objects.requireNonNull(form, "form");
      Interval.checkLevel(level);
      SampleSize size = SampleSize.of(n, k);
      if (k < 2) {
        return Insufficient.of("a single rater: the ICC needs at least 2 ratings per unit", size);
      }
      if (n < 2) {
        return Insufficient.of("fewer than 2 complete units", size);
      }
      double nn = n;
      double grand = 0.0;
      for (double m : raterMean) {
        grand += m;
      }
      grand /= k;
      double ssj = 0.0;
      for (double m : raterMean) {
        ssj += (m - grand) * (m - grand);
      }
      ssj *= nn;
      double ssb = k * unitM2;
      double sse = residualM2;
      double sst = ssb + ssj + sse;
      if (!(sst > 0.0)) {
        return Insufficient.of("all ratings are identical", size);
      }
      if (ssb <= ZERO_SHARE * sst) {
        return Insufficient.of(
            "the units' mean ratings do not differ, so there is no between-unit variance", size);
      }
      boolean oneWay = form.modelCase() == 1;
      double errorSs = oneWay ? ssj + sse : sse;
      if (errorSs <= ZERO_SHARE * sst) {
        return Insufficient.of(
            "the error mean square is zero (the raters agree perfectly"
                + (oneWay ? "" : " up to a constant shift")
                + "), so the F test and interval are undefined",
            size);
      }
      double msb = ssb / (nn - 1);
      double msj = ssj / (k - 1);
      double mse = sse / ((nn - 1) * (k - 1));
      double msw = (ssj + sse) / (nn * (k - 1));
      double tail = (1.0 - level) / 2.0;
      double df1 = nn - 1;
      return oneWay
          ? caseOne(form, size, msb, msw, df1, nn * (k - 1), tail, level)
          : caseTwoThree(form, size, msb, msj, mse, df1, df1 * (k - 1), tail, level);
    }

    private AgreementResult caseOne(
        IccForm form, SampleSize size, double msb, double msw, double df1, double df2,
        double tail, double level) {
      double f = msb / msw;
      double value = form.isAverage() ? (msb - msw) / msb : (msb - msw) / (msb + (k - 1) * msw);
      double fl = f / Inference.fUpperQuantile(tail, df1, df2);
      double fu = f * Inference.fUpperQuantile(tail, df2, df1);
      double lower = form.isAverage() ? 1.0 - 1.0 / fl : (fl - 1.0) / (fl + k - 1);
      double upper = form.isAverage() ? 1.0 - 1.0 / fu : (fu - 1.0) / (fu + k - 1);
      return finish(value, size, f, df1, df2, lower, upper, level);
    }

    private AgreementResult caseTwoThree(
        IccForm form, SampleSize size, double msb, double msj, double mse, double df1, double df2,
        double tail, double level) {
      double f = msb / mse;
      double nn = size.units();
      if (form.modelCase() == 3) {
        double value = form.isAverage() ? (msb - mse) / msb : (msb - mse) / (msb + (k - 1) * mse);
        double fl = f / Inference.fUpperQuantile(tail, df1, df2);
        double fu = f * Inference.fUpperQuantile(tail, df2, df1);
        double lower = form.isAverage() ? 1.0 - 1.0 / fl : (fl - 1.0) / (fl + k - 1);
        double upper = form.isAverage() ? 1.0 - 1.0 / fu : (fu - 1.0) / (fu + k - 1);
        return finish(value, size, f, df1, df2, lower, upper, level);
      }
      double icc2 = (msb - mse) / (msb + (k - 1) * mse + k * (msj - mse) / nn);
      double value = form.isAverage() ? (msb - mse) / (msb + (msj - mse) / nn) : icc2;
      // Satterthwaite degrees of freedom for the interval (Shrout and Fleiss 1979, case 2).
      double fj = msj / mse;
      double a = k * icc2 * fj + nn * (1 + (k - 1) * icc2) - k * icc2;
      double vn = (k - 1) * (nn - 1) * a * a;
      double b = nn * (1 + (k - 1) * icc2) - k * icc2;
      double vd = (nn - 1) * k * k * icc2 * icc2 * fj * fj + b * b;
      double v = vn / vd;
      double lower = Double.NaN;
      double upper = Double.NaN;
      if (v > 0.0 && Double.isFinite(v)) {
        double fStarU = Inference.fUpperQuantile(tail, nn - 1, v);
        double fStarL = Inference.fUpperQuantile(tail, v, nn - 1);
        double c = k * msj + (k * nn - k - nn) * mse;
        lower = nn * (msb - fStarU * mse) / (fStarU * c + nn * msb);
        upper = nn * (fStarL * msb - mse) / (c + nn * fStarL * msb);
        if (form.isAverage()) {
          lower = lower * k / (1 + lower * (k - 1));
          upper = upper * k / (1 + upper * (k - 1));
        }
      }
      return finish(value, size, f, df1, df2, lower, upper, level);
    }

    private static AgreementResult finish(
        double value, SampleSize size, double f, double df1, double df2, double lower,
        double upper, double level) {
      if (!Double.isFinite(value) || !Double.isFinite(f)) {
        return Insufficient.of("the analysis of variance is degenerate for this form", size);
      }
      Estimate e =
          Estimate.of(value, size)
              .withTest(new NullTest.FTest(f, df1, df2, Inference.fSurvival(f, df1, df2)));
      if (Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper) {
        e = e.withInterval(Interval.of(lower, upper, level));
      }
      return e;
    }
  }
}
