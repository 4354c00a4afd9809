package dev.epakit.benchmarks;

import dev.epakit.analysis.severity.FacetObservations;
import dev.epakit.analysis.severity.ManyFacetRasch;
import dev.epakit.analysis.severity.RaschMeasurement;
import dev.epakit.analysis.severity.RaschResult;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Many-facet Rasch measurement by joint maximum likelihood on simulated ratings: 500
 * to 500,000 candidates, 200 assessors, 4 methods, 20 ratings per candidate (10^4 to 10^7
 * observations), pass/fail or four ordered grades. Each operation is one whole estimation, to
 * convergence.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class RaschBenchmark {

  static final int ASSESSORS = 200;
  static final int METHODS = 4;
  static final int PER_CANDIDATE = 20;

  /** Number of grade categories: 2 (fail/pass) or 4. */
  @Param({"2", "4"})
  public int categories;

  /** Number of candidates (20 observations each): 10^4 to 10^7 observations. */
  @Param({"500", "5000", "50000", "500000"})
  public int candidates;

  private FacetObservations data;

  /** Simulates the ratings from known abilities, severities and difficulties. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(11);
    double[] severity = new double[ASSESSORS];
    for (int a = 0; a < ASSESSORS; a++) {
      severity[a] = 0.5 * gaussian(r);
    }
    double[] difficulty = {-0.5, 0.0, 0.2, 0.3};
    double[] thresholds = categories == 2 ? new double[] {0} : new double[] {-1.5, 0, 1.5};
    FacetObservations.Builder b = FacetObservations.builder(categories);
    double[] p = new double[categories];
    for (int c = 0; c < candidates; c++) {
      double ability = 1.0 + gaussian(r);
      for (int k = 0; k < PER_CANDIDATE; k++) {
        int method = k % METHODS;
        int assessor = r.nextInt(ASSESSORS);
        double eta = ability - severity[assessor] - difficulty[method];
        double sum = 0;
        double cumulative = 0;
        for (int g = 0; g < categories; g++) {
          if (g > 0) {
            cumulative += eta - thresholds[g - 1];
          }
          p[g] = Math.exp(cumulative);
          sum += p[g];
        }
        double u = r.nextDouble() * sum;
        int grade = 0;
        while (grade < categories - 1 && u > p[grade]) {
          u -= p[grade];
          grade++;
        }
        b.add(c, assessor, method, grade);
      }
    }
    data = b.build();
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  /**
   * @param counter where the number of iterations to convergence is reported
   * @return the measurement: every element's measure, standard error and fit
   */
  @Benchmark
  public RaschResult estimate(Iterations counter) {
    RaschResult result = ManyFacetRasch.estimate(data);
    if (result instanceof RaschMeasurement m) {
      counter.iterations = m.iterations();
      counter.converged = m.converged() ? 1 : 0;
    }
    return result;
  }

  /**
   * JMH secondary results: iterations of the last estimation and whether it converged (1) or
   * stopped at the iteration limit (0). Mutable, one per thread; for JMH only.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Iterations {
    /** Iterations run by the last estimation. */
    public int iterations;
    /** 1 when the last estimation converged, else 0. */
    public int converged;

    /** Clears the counters before each estimation. */
    @Setup(Level.Invocation)
    public void clear() {
      iterations = 0;
      converged = 0;
    }
  }
}
