package dev.epakit.benchmarks;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.rules.plan.PlanCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The plan checks (completeness, conflicts, monotonicity, reachability and the rest) on plans of
 * 2 to 6 methods with 3 to 5 grades each, whose tables list every passing combination (up to
 * 4^6 = 4,096 rows), so the cost shows how the checks grow with the number of combinations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PlanCheckBenchmark {

  /** Number of assessment methods. */
  @Param({"2", "4", "6"})
  public int methods;

  /** Number of grades of every scale (the first failing). */
  @Param({"3", "5"})
  public int grades;

  private AssessmentPlan plan;

  /** Builds a complete, monotone plan: overall grade = the lowest method grade. */
  @Setup
  public void setUp() {
    List<String> passing = new ArrayList<>();
    for (int g = 1; g < grades; g++) {
      passing.add("G" + g);
    }
    GradeScale scale = GradeScale.create(List.of("Fail"), passing).get();
    AssessmentPlan.Builder b = AssessmentPlan.builder(Standard.of("ST0001", "1.0"))
        .overallScale(scale).source("benchmark")
        .policy(dev.epakit.core.plan.ResitRetakePolicy.builder().cap("G1").build());
    for (int m = 0; m < methods; m++) {
      b.method(AssessmentMethod.graded("m" + m, "Method " + m, scale));
    }
    for (int m = 0; m < methods; m++) {
      String[] row = new String[methods + 1];
      java.util.Arrays.fill(row, "*");
      row[m] = "Fail";
      row[methods] = "Fail";
      b.row(row);
    }
    addRows(b, new int[methods], 0);
    plan = b.buildOrThrow();
  }

  private void addRows(AssessmentPlan.Builder b, int[] ranks, int i) {
    if (i == methods) {
      String[] row = new String[methods + 1];
      int lowest = grades;
      for (int m = 0; m < methods; m++) {
        row[m] = "G" + ranks[m];
        lowest = Math.min(lowest, ranks[m]);
      }
      row[methods] = "G" + lowest;
      b.row(row);
      return;
    }
    for (int r = 1; r < grades; r++) {
      ranks[i] = r;
      addRows(b, ranks, i + 1);
    }
  }

  /** @return every finding of the plan checks */
  @Benchmark
  public Object check() {
    return PlanCheck.check(plan);
  }
}
