package dev.epakit.benchmarks;

import dev.epakit.analysis.agreement.CategoryOrder;
import dev.epakit.analysis.agreement.CohenKappa;
import dev.epakit.analysis.agreement.IntraclassCorrelation;
import dev.epakit.analysis.agreement.KrippendorffAlpha;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Agreement statistics on 10^4 to 10^7 units, each against a straightforward two-pass baseline
 * computing the same point estimate: Krippendorff's alpha (nominal, 2 to 4 raters per unit, some
 * missing), Cohen's kappa (two raters, four grades) and ICC (three raters, numeric marks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class AgreementBenchmark {

  static final int GRADES = 4;

  /** Number of units. */
  @Param({"10000", "100000", "1000000", "10000000"})
  public int units;

  private double[][] ratings; // per unit, 2 to 4 grades (NaN missing)
  private int[] first;
  private int[] second;
  private double[][] marks; // per unit, 3 raters

  /** Generates ratings that mostly agree. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(3);
    ratings = new double[units][];
    first = new int[units];
    second = new int[units];
    marks = new double[units][3];
    for (int u = 0; u < units; u++) {
      int truth = r.nextInt(GRADES);
      int raters = 2 + r.nextInt(3);
      ratings[u] = new double[raters];
      for (int k = 0; k < raters; k++) {
        ratings[u][k] = r.nextDouble() < 0.05 ? Double.NaN : (r.nextDouble() < 0.8 ? truth : r.nextInt(GRADES));
      }
      first[u] = truth;
      second[u] = r.nextDouble() < 0.8 ? truth : r.nextInt(GRADES);
      double quality = 50 + 10 * r.nextGaussian();
      for (int k = 0; k < 3; k++) {
        marks[u][k] = quality + 2 * k + 3 * r.nextGaussian();
      }
    }
  }

  /** @return Krippendorff's alpha, nominal */
  @Benchmark
  public Object krippendorffAlpha() {
    KrippendorffAlpha.Accumulator acc = KrippendorffAlpha.accumulator(KrippendorffAlpha.Level.NOMINAL);
    for (double[] unit : ratings) {
      acc.addUnit(unit);
    }
    return acc.result();
  }

  /** @return nominal alpha by two plain passes: the coincidence matrix, then the disagreements */
  @Benchmark
  public double krippendorffAlphaBaseline() {
    double[][] o = new double[GRADES][GRADES];
    int[] counts = new int[GRADES];
    for (double[] unit : ratings) {
      java.util.Arrays.fill(counts, 0);
      int m = 0;
      for (double v : unit) {
        if (!Double.isNaN(v)) {
          counts[(int) v]++;
          m++;
        }
      }
      if (m < 2) {
        continue;
      }
      for (int c = 0; c < GRADES; c++) {
        for (int k = 0; k < GRADES; k++) {
          o[c][k] += (double) counts[c] * (c == k ? counts[k] - 1 : counts[k]) / (m - 1);
        }
      }
    }
    double n = 0;
    double[] nc = new double[GRADES];
    double observed = 0;
    for (int c = 0; c < GRADES; c++) {
      for (int k = 0; k < GRADES; k++) {
        nc[c] += o[c][k];
        n += o[c][k];
        if (c != k) {
          observed += o[c][k];
        }
      }
    }
    double expected = 0;
    for (int c = 0; c < GRADES; c++) {
      for (int k = 0; k < GRADES; k++) {
        if (c != k) {
          expected += nc[c] * nc[k];
        }
      }
    }
    return 1 - (n - 1) * observed / expected;
  }

  /** @return Cohen's kappa, unweighted, with its standard error */
  @Benchmark
  public Object cohenKappa() {
    return CohenKappa.accumulator(CategoryOrder.of("Fail", "Pass", "Merit", "Distinction")).addAll(first, second).result();
  }

  /** @return unweighted kappa by a plain pass over the pairs */
  @Benchmark
  public double cohenKappaBaseline() {
    long[][] t = new long[GRADES][GRADES];
    for (int u = 0; u < units; u++) {
      t[first[u]][second[u]]++;
    }
    double agree = 0;
    double chance = 0;
    for (int c = 0; c < GRADES; c++) {
      long row = 0;
      long col = 0;
      for (int k = 0; k < GRADES; k++) {
        row += t[c][k];
        col += t[k][c];
      }
      agree += t[c][c];
      chance += (double) row * col;
    }
    double n = units;
    return (agree / n - chance / (n * n)) / (1 - chance / (n * n));
  }

  /** @return the six ICC forms with F tests and intervals */
  @Benchmark
  public Object icc() {
    IntraclassCorrelation.Accumulator acc = IntraclassCorrelation.accumulator(3);
    for (double[] unit : marks) {
      acc.addUnit(unit);
    }
    return acc.results();
  }

  /** @return ICC(2,1) by two plain passes (means, then sums of squares) */
  @Benchmark
  public double iccBaseline() {
    int k = 3;
    double grand = 0;
    double[] colMean = new double[k];
    for (double[] u : marks) {
      for (int j = 0; j < k; j++) {
        grand += u[j];
        colMean[j] += u[j];
      }
    }
    grand /= (double) units * k;
    for (int j = 0; j < k; j++) {
      colMean[j] /= units;
    }
    double ssRows = 0;
    double ssTotal = 0;
    for (double[] u : marks) {
      double rowMean = (u[0] + u[1] + u[2]) / k;
      ssRows += k * (rowMean - grand) * (rowMean - grand);
      for (int j = 0; j < k; j++) {
        ssTotal += (u[j] - grand) * (u[j] - grand);
      }
    }
    double ssCols = 0;
    for (int j = 0; j < k; j++) {
      ssCols += units * (colMean[j] - grand) * (colMean[j] - grand);
    }
    double msb = ssRows / (units - 1);
    double msj = ssCols / (k - 1);
    double mse = (ssTotal - ssRows - ssCols) / ((double) (units - 1) * (k - 1));
    return (msb - mse) / (msb + (k - 1) * mse + k * (msj - mse) / units);
  }
}
