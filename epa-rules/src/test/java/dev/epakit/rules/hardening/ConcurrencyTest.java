package dev.epakit.rules.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.AssessorId;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import dev.epakit.rules.journey.Journey;
import dev.epakit.rules.journey.NextStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The engine is safe to share between threads: the same 100,000 decisions made on 8 threads and
 * sequentially give the same answers.
 */
class ConcurrencyTest {

  static final AssessmentPlan PLAN = AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
      .method(AssessmentMethod.graded("project", "Project", GradeScale.failPassDistinction()))
      .method(AssessmentMethod.graded("discussion", "Discussion", GradeScale.failPassDistinction()))
      .row("Fail", "*", "Fail").row("*", "Fail", "Fail").row("Pass", "Pass+", "Pass")
      .row("Distinction", "Pass", "Pass").row("Distinction", "Distinction", "Distinction")
      .policy(ResitRetakePolicy.typical()).buildOrThrow();

  /**
   * One decision: replay a short random history, then ask for the status, grade and certificate
   * readiness (and, for one decision in ten, every next step).
   */
  static String decide(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] grades = {"Fail", "Pass", "Distinction"};
    LocalDate d = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(100));
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact.GatewayPassed(d));
    facts.add(new Fact.MethodAssessed(d = d.plusDays(r.nextInt(30)), MethodId.of("project"),
        Mark.grade(grades[r.nextInt(3)]), AssessorId.of("A-1")));
    facts.add(new Fact.MethodAssessed(d = d.plusDays(r.nextInt(30)), MethodId.of("discussion"),
        Mark.grade(grades[r.nextInt(3)]), AssessorId.of("A-2")));
    facts.add(new Fact.OutcomeNotified(d = d.plusDays(r.nextInt(10))));
    if (r.nextBoolean()) {
      facts.add(Fact.FurtherAttemptBooked.resit(d.plusDays(r.nextInt(120)), Set.of(MethodId.of("project"))));
    }
    var replay = Journey.replay(PLAN, Apprentice.of(Uln.of("1000102504")), facts);
    var snapshot = replay.journey().asOf(d.plusDays(r.nextInt(200)));
    return replay.refused().map(x -> x.violations().head().ruleId().value()).mkString(",") + "|"
        + snapshot.status() + "|" + snapshot.notifiedGrade() + "|"
        + (seed % 10 == 0 ? snapshot.nextSteps().map(NextStep::allowed).mkString("") : "") + "|"
        + snapshot.certificateReadiness().missing().mkString(";");
  }

  @Test
  void sameDecisionsOnEightThreadsAsSequentially() throws Exception {
    int decisions = 100_000;
    List<String> sequential = new ArrayList<>(decisions);
    for (int i = 0; i < decisions; i++) {
      sequential.add(decide(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>(decisions);
      for (int i = 0; i < decisions; i++) {
        long seed = i;
        futures.add(pool.submit(() -> decide(seed)));
      }
      for (int i = 0; i < decisions; i++) {
        assertThat(futures.get(i).get()).as("decision %d", i).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential.stream().distinct().count()).as("the decisions vary").isGreaterThan(20);
  }
}
