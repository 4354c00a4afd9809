package dev.epakit.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Krippendorff's alpha for any number of raters, missing values allowed, at the nominal, ordinal,
 * interval or ratio level of measurement (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability").
 *
 * <p>Values are {@code double}s; {@link Double#NaN} marks a missing value. For grades, pass the
 * category code ({@code 0..k-1}) or the grade's points. A unit with fewer than 2 values is not
 * pairable and is left out, as the method prescribes. Alpha is 1 - (n - 1) &Sigma;
 * o<sub>ck</sub>&delta;<sup>2</sup><sub>ck</sub> / &Sigma; n<sub>c</sub>n<sub>k</sub>&delta;<sup>2
 * </sup><sub>ck</sub> over the coincidence matrix o of the pairable values, with the difference
 * functions of the paper.
 *
 * <p>The plain {@link Accumulator#result()} carries no standard error: none exists in closed
 * form. {@link Accumulator#bootstrap(int, long)} adds a bootstrap standard error and percentile
 * interval from resampling whole pairable units with replacement, driven by a caller-given seed
 * so the figures are reproducible. This unit-level bootstrap is not the value-pair bootstrap of
 * Hayes and Krippendorff's KALPHA macro and will not reproduce its intervals.
 *
 * <p>Results are {@link Insufficient} when fewer than 2 units carry 2 or more values, or when all
 * values are identical so that expected disagreement is 0.
 */
public final class KrippendorffAlpha {

  /** The level of measurement, which fixes the difference function &delta;<sup>2</sup>. */
  public enum Level {
    /** Categories without order: any two different values differ by 1. */
    NOMINAL,
    /** Ordered categories: differences by the marginal frequencies between two ranks. */
    ORDINAL,
    /** Equal-interval scale: the squared difference. */
    INTERVAL,
    /** Ratio scale with a true zero: ((c - k) / (c + k))<sup>2</sup>; values must not be negative. */
    RATIO
  }

  private KrippendorffAlpha() {}

  /**
   * A new, empty accumulator.
   *
   * @param level the level of measurement, not {@code null}
   * @return the accumulator, never {@code null}
   */
  public static Accumulator accumulator(Level level) {
    return new Accumulator(level);
  }

  /**
   * Alpha of a units-by-raters matrix of values ({@link Double#NaN} for missing).
   *
   * @param level the level of measurement, not {@code null}
   * @param ratings one row per unit, one entry per rater; rows may differ in length
   * @return the estimate or the reason there is none, never {@code null}
   * @throws IllegalArgumentException if a value is infinite, or negative at the ratio level
   */
  public static AgreementResult of(Level level, double[][] ratings) {
    Objects.requireNonNull(ratings, "ratings");
    Accumulator acc = accumulator(level);
    for (double[] row : ratings) {
      acc.addUnit(row);
    }
    return acc.result();
  }

  /**
   * A mergeable accumulator for Krippendorff's alpha. It keeps each distinct pairable unit (its
   * sorted values) with its multiplicity, from which the coincidence matrix follows; combining
   * adds multiplicities exactly, hence is associative, and results are computed in a canonical
   * order so that any split gives the same figures, bootstrap included.
   *
   * <p>Not thread-safe: confine each instance to one thread and combine at the end.
   */
  public static final class Accumulator {

    private final Level level;
    private final TreeMap<double[], Long> units = new TreeMap<>(Arrays::compare);
    private long unpairable;

    private Accumulator(Level level) {
      this.level = Objects.requireNonNull(level, "level");
    }

    /**
     * Adds one unit's values, one per rater, {@link Double#NaN} where a rater gave none. A unit
     * with fewer than 2 values is counted as unpairable and left out.
     *
     * @param values the unit's values, not {@code null}
     * @return this accumulator
     * @throws IllegalArgumentException if a value is infinite, or negative at the ratio level
     */
    public Accumulator addUnit(double... values) {
      Objects.requireNonNull(values, "values");
      double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
      for (double v : present) {
        if (Double.isInfinite(v)) {
          throw new IllegalArgumentException("values must be finite or NaN (missing), was " + v);
        }
        if (level == Level.RATIO && v < 0.0) {
          throw new IllegalArgumentException(
              "ratio-level values must not be negative, was " + v);
        }
      }
      if (present.length < 2) {
        unpairable++;
        return this;
      }
      for (int i = 0; i < present.length; i++) {
        present[i] += 0.0; // one zero: -0.0 and 0.0 are the same value
      }
      Arrays.sort(present);
      units.merge(present, 1L, Long::sum);
      return this;
    }

    /**
     * A new accumulator holding the data of this one and another; neither is changed.
     *
     * @param other an accumulator at the same level, not {@code null}
     * @return the combined accumulator, never {@code null}
     * @throws IllegalArgumentException if the levels differ
     */
    public Accumulator combine(Accumulator other) {
      Objects.requireNonNull(other, "other");
      if (level != other.level) {
        throw new IllegalArgumentException(
            "cannot combine accumulators at levels " + level + " and " + other.level);
      }
      Accumulator out = new Accumulator(level);
      out.units.putAll(units);
      other.units.forEach((k, v) -> out.units.merge(k, v, Math::addExact));
      out.unpairable = Math.addExact(unpairable, other.unpairable);
      return out;
    }

    /**
     * The number of units left out because they carried fewer than 2 values.
     *
     * @return the count, not negative
     */
    public long unpairable() {
      return unpairable;
    }

    /**
     * The distinct values seen in pairable units, ascending: the row and column labels of {@link
     * #coincidences()}.
     *
     * @return a new array, never {@code null}
     */
    public double[] values() {
      TreeSet<Double> set = new TreeSet<>();
      units.keySet().forEach(u -> Arrays.stream(u).forEach(set::add));
      return set.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The coincidence matrix o<sub>ck</sub> over {@link #values()}: each ordered pair of values
     * from different raters in a unit of m values adds 1/(m - 1).
     *
     * @return a new square array, never {@code null}
     */
    public double[][] coincidences() {
      double[] values = values();
      return coincidencesOf(values, compile(values), null);
    }

    /**
     * Alpha of the data so far, without a standard error.
     *
     * @return the estimate or the reason there is none, never {@code null}
     */
    public AgreementResult result() {
      double[] values = values();
      List<Unit> compiled = compile(values);
      SampleSize n = size(compiled);
      if (compiled.size() < 2) {
        return Insufficient.of("fewer than 2 units carry 2 or more values", n);
      }
      double alpha = alpha(values, coincidencesOf(values, compiled, null));
      if (Double.isNaN(alpha)) {
        return Insufficient.of(
            "all values are identical, so expected disagreement is 0 and alpha is undefined", n);
      }
      return Estimate.of(alpha, n);
    }

    /**
     * Alpha with a bootstrap standard error and a 95% percentile interval.
     *
     * @param replicates number of bootstrap samples, at least 2 (1000 or more is usual)
     * @param seed seed of the random generator; the same data and seed give the same figures
     * @return the estimate or the reason there is none, never {@code null}
     * @throws IllegalArgumentException if {@code replicates < 2}
     */
    public AgreementResult bootstrap(int replicates, long seed) {
      return bootstrap(replicates, seed, Inference.DEFAULT_LEVEL);
    }

    /**
     * Alpha with a bootstrap standard error and a percentile interval at the given level.
     * Pairable units are resampled with replacement; replicates in which alpha is undefined (all
     * values identical) are dropped.
     *
     * @param replicates number of bootstrap samples, at least 2
     * @param seed seed of the random generator
     * @param level confidence level in (0, 1)
     * @return the estimate or the reason there is none, never {@code null}
     * @throws IllegalArgumentException if {@code replicates < 2} or the level is out of range
     */
    public AgreementResult bootstrap(int replicates, long seed, double level) {
      if (replicates < 2) {
        throw new IllegalArgumentException("replicates must be at least 2, was " + replicates);
      }
      Interval.checkLevel(level);
      AgreementResult point = result();
      if (!(point instanceof Estimate estimate)) {
        return point;
      }
      double[] values = values();
      List<Unit> compiled = compile(values);
      Unit[] pool = expand(compiled);
      SplittableRandom random = new SplittableRandom(seed);
      double[] draws = new double[replicates];
      int valid = 0;
      long[] picks = new long[compiled.size()];
      for (int b = 0; b < replicates; b++) {
        Arrays.fill(picks, 0);
        for (int i = 0; i < pool.length; i++) {
          picks[pool[random.nextInt(pool.length)].index]++;
        }
        double a = alpha(values, coincidencesOf(values, compiled, picks));
        if (!Double.isNaN(a)) {
          draws[valid++] = a;
        }
      }
      if (valid < 2) {
        return Insufficient.of(
            "fewer than 2 bootstrap replicates gave a defined alpha", estimate.n());
      }
      double[] sorted = Arrays.copyOf(draws, valid);
      Arrays.sort(sorted);
      double mean = Arrays.stream(sorted).average().orElseThrow();
      double ss = 0.0;
      for (double d : sorted) {
        ss += (d - mean) * (d - mean);
      }
      double se = Math.sqrt(ss / (valid - 1));
      double tail = (1.0 - level) / 2.0;
      Interval ci =
          Interval.of(quantile(sorted, tail), quantile(sorted, 1.0 - tail), level);
      return estimate.withStandardError(se).withInterval(ci);
    }

    private SampleSize size(List<Unit> compiled) {
      long count = 0;
      int raters = 0;
      for (Unit u : compiled) {
        count += u.multiplicity;
        raters = Math.max(raters, u.m);
      }
      return SampleSize.of(count, raters);
    }

    /** Each distinct unit as value indices with counts, in canonical order. */
    private List<Unit> compile(double[] values) {
      List<Unit> out = new ArrayList<>();
      int index = 0;
      for (Map.Entry<double[], Long> e : units.entrySet()) {
        double[] u = e.getKey();
        int[] idx = new int[u.length];
        for (int i = 0; i < u.length; i++) {
          idx[i] = Arrays.binarySearch(values, u[i]);
        }
        out.add(new Unit(index++, idx, e.getValue()));
      }
      return out;
    }

    private static Unit[] expand(List<Unit> compiled) {
      List<Unit> pool = new ArrayList<>();
      for (Unit u : compiled) {
        for (long i = 0; i < u.multiplicity; i++) {
          pool.add(u);
        }
      }
      return pool.toArray(new Unit[0]);
    }

    /** Coincidences, each unit weighted by its multiplicity or by {@code picks} if given. */
    private static double[][] coincidencesOf(double[] values, List<Unit> compiled, long[] picks) {
      int v = values.length;
      double[][] o = new double[v][v];
      for (Unit u : compiled) {
        double times = picks == null ? u.multiplicity : picks[u.index];
        if (times == 0) {
          continue;
        }
        double w = times / (u.m - 1);
        for (int a = 0; a < u.m; a++) {
          for (int b = 0; b < u.m; b++) {
            if (a != b) {
              o[u.values[a]][u.values[b]] += w;
            }
          }
        }
      }
      return o;
    }

    /** Alpha from a coincidence matrix, or NaN if expected disagreement is 0. */
    private double alpha(double[] values, double[][] o) {
      int v = values.length;
      double[] nc = new double[v];
      double n = 0.0;
      for (int c = 0; c < v; c++) {
        for (int k = 0; k < v; k++) {
          nc[c] += o[c][k];
        }
        n += nc[c];
      }
      double observed = 0.0;
      double expected = 0.0;
      for (int c = 0; c < v; c++) {
        for (int k = 0; k < v; k++) {
          if (c == k) {
            continue;
          }
          double d = delta(values, nc, c, k);
          observed += o[c][k] * d;
          expected += nc[c] * nc[k] * d;
        }
      }
      if (!(expected > 0.0)) {
        return Double.NaN;
      }
      return 1.0 - (n - 1.0) * observed / expected;
    }

    private double delta(double[] values, double[] nc, int c, int k) {
      switch (level) {
        case NOMINAL:
          return 1.0;
        case ORDINAL:
          int lo = Math.min(c, k);
          int hi = Math.max(c, k);
          double s = 0.0;
          for (int g = lo; g <= hi; g++) {
            s += nc[g];
          }
          s -= (nc[c] + nc[k]) / 2.0;
          return s * s;
        case INTERVAL:
          double d = values[c] - values[k];
          return d * d;
        case RATIO:
          double sum = values[c] + values[k];
          if (sum == 0.0) {
            return 0.0;
          }
          double r = (values[c] - values[k]) / sum;
          return r * r;
        default:
          throw new AssertionError(level);
      }
    }

    /** Linear interpolation between order statistics (type 7 of Hyndman and Fan). */
    private static double quantile(double[] sorted, double p) {
      double h = (sorted.length - 1) * p;
      int lo = (int) Math.floor(h);
      int hi = Math.min(lo + 1, sorted.length - 1);
      return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static final class Unit {
      final int index;
      final int[] values;
      final int m;
      final long multiplicity;

      Unit(int index, int[] values, long multiplicity) {
        this.index = index;
        this.values = values;
        this.m = values.length;
        this.multiplicity = multiplicity;
      }
    }
  }
}
