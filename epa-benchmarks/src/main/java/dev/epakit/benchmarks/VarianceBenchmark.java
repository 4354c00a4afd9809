package dev.epakit.benchmarks;

import dev.epakit.analysis.variance.AssessorVarianceAnalysis;
import dev.epakit.analysis.variance.ResultColumns;
import dev.epakit.analysis.variance.VarianceAccumulator;
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
 * Assessor variance on 10^4 to 10^7 results over 2,000 assessors and 60 strata (standard x
 * method), from primitive columns: counting with the mergeable accumulator plus the full analysis,
 * against a straightforward two-pass baseline that computes the pooled stratum rates, then each
 * assessor's observed and expected pass rates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class VarianceBenchmark {

  static final int ASSESSORS = 2000;
  static final int STRATA = 60;

  /** Number of results. */
  @Param({"10000", "100000", "1000000", "10000000"})
  public int size;

  private int[] assessor;
  private int[] stratum;
  private boolean[] pass;
  private ResultColumns columns;

  /** Generates the results: each assessor has a slightly different leniency. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(1);
    assessor = new int[size];
    stratum = new int[size];
    pass = new boolean[size];
    for (int i = 0; i < size; i++) {
      assessor[i] = random.nextInt(ASSESSORS);
      stratum[i] = random.nextInt(STRATA);
      double p = 0.7 + 0.1 * ((assessor[i] % 7) - 3) / 3.0 + 0.05 * ((stratum[i] % 5) - 2) / 2.0;
      pass[i] = random.nextDouble() < p;
    }
    columns = ResultColumns.of(assessor, stratum, pass);
  }

  /** @return counts and the full analysis: limits, overdispersion, q-values, shrinkage, flags */
  @Benchmark
  public Object accumulateAndAnalyse() {
    VarianceAccumulator acc = VarianceAccumulator.create(ASSESSORS, STRATA, 0).addAll(columns);
    return AssessorVarianceAnalysis.analyse(acc.result());
  }

  /** @return counts only */
  @Benchmark
  public Object accumulate() {
    return VarianceAccumulator.create(ASSESSORS, STRATA, 0).addAll(columns).result();
  }

  /** @return observed and expected pass rates by two plain passes over the arrays */
  @Benchmark
  public double[] twoPassBaseline() {
    long[] stratumN = new long[STRATA];
    long[] stratumPass = new long[STRATA];
    for (int i = 0; i < size; i++) {
      stratumN[stratum[i]]++;
      if (pass[i]) {
        stratumPass[stratum[i]]++;
      }
    }
    double[] rate = new double[STRATA];
    for (int s = 0; s < STRATA; s++) {
      rate[s] = stratumN[s] == 0 ? 0 : (double) stratumPass[s] / stratumN[s];
    }
    double[] observed = new double[ASSESSORS];
    double[] expected = new double[ASSESSORS];
    long[] n = new long[ASSESSORS];
    for (int i = 0; i < size; i++) {
      int a = assessor[i];
      n[a]++;
      expected[a] += rate[stratum[i]];
      if (pass[i]) {
        observed[a]++;
      }
    }
    double[] ratio = new double[ASSESSORS];
    for (int a = 0; a < ASSESSORS; a++) {
      ratio[a] = expected[a] == 0 ? 0 : observed[a] / expected[a];
    }
    return ratio;
  }
}
