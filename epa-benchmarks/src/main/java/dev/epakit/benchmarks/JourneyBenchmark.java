package dev.epakit.benchmarks;

import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.rules.journey.Journey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The rule engine against the hand-written baseline ({@link SeniorLeaderByHand}) on the same
 * cohort: replaying a whole journey (about ten facts), deciding a resit, and deciding the
 * certificate. The engine decides at once and works an explanation out when it is read: the
 * {@code *ExplanationEngine} benchmarks read it in full. Each operation handles one journey; the
 * cohort is walked round-robin.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JourneyBenchmark {

  private AssessmentPlan plan;
  private Apprentice apprentice;
  private List<List<Fact>> cohort;
  private List<Journey> replayed;
  private List<SeniorLeaderByHand> byHand;
  private List<Fact> resits;
  private List<Fact> certificates;
  private int next;

  /** Builds the cohort and its replayed journeys. */
  @Setup
  public void setUp() {
    plan = Cohort.plan();
    apprentice = Apprentice.of(Uln.of("1000102504"));
    cohort = Cohort.journeys(1024, 42);
    replayed = new ArrayList<>();
    byHand = new ArrayList<>();
    resits = new ArrayList<>();
    certificates = new ArrayList<>();
    for (List<Fact> facts : cohort) {
      // stop before the certificate so that both decisions have work to do
      List<Fact> open = facts.subList(0, facts.size() - 1);
      replayed.add(Journey.replay(plan, apprentice, open).journey());
      SeniorLeaderByHand h = new SeniorLeaderByHand();
      open.forEach(h::accept);
      byHand.add(h);
      LocalDate day = open.get(open.size() - 1).date().plusDays(1);
      resits.add(Fact.FurtherAttemptBooked.resit(day, Set.of(MethodId.of("project"))));
      certificates.add(Fact.CertificateRequested.throughService(day));
    }
  }

  private int index() {
    int i = next;
    next = (next + 1) & 1023;
    return i;
  }

  /** @return the engine's journey after recording every fact, refusals included */
  @Benchmark
  public Object replayEngine() {
    return Journey.replay(plan, apprentice, cohort.get(index()));
  }

  /** @param bh sink for the decisions */
  @Benchmark
  public void replayBaseline(Blackhole bh) {
    SeniorLeaderByHand h = new SeniorLeaderByHand();
    for (Fact f : cohort.get(index())) {
      bh.consume(h.accept(f));
    }
    bh.consume(h);
  }

  /** @return whether a resit may be booked, with the engine's explanation (worked out when read) */
  @Benchmark
  public Object resitDecisionEngine() {
    int i = index();
    return replayed.get(i).check(resits.get(i));
  }

  /** @return the verdicts of the resit decision, read in full */
  @Benchmark
  public Object resitExplanationEngine() {
    int i = index();
    return replayed.get(i).check(resits.get(i)).verdicts();
  }

  /** @return whether a resit may be booked, by hand */
  @Benchmark
  public boolean resitDecisionBaseline() {
    int i = index();
    return byHand.get(i).resitAllowed(resits.get(i).date());
  }

  /** @return certificate readiness, with the engine's explanation (worked out when read) */
  @Benchmark
  public Object certificateDecisionEngine() {
    int i = index();
    return replayed.get(i).check(certificates.get(i));
  }

  /** @return the verdicts of the certificate decision, read in full */
  @Benchmark
  public Object certificateExplanationEngine() {
    int i = index();
    return replayed.get(i).check(certificates.get(i)).verdicts();
  }

  /** @return certificate readiness, by hand */
  @Benchmark
  public boolean certificateDecisionBaseline() {
    return byHand.get(index()).certificateReady();
  }

  /** @return every next step with its explanation (no baseline: the baseline has no why-not) */
  @Benchmark
  public Object nextStepsEngine() {
    int i = index();
    return replayed.get(i).asOf(resits.get(i).date()).nextSteps();
  }
}
