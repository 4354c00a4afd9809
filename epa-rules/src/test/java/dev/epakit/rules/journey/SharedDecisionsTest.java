package dev.epakit.rules.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.journey.Fact;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.rules.Explanation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Decisions shared between threads before anyone read their explanations: every thread reads the
 * same verdicts as a fresh, unshared decision gives.
 */
class SharedDecisionsTest {

  @Test
  void deferredExplanationsReadTheSameOnEveryThread() throws Exception {
    AssessmentPlan plan = Plans.seniorLeader();
    Journey journey = Journey.replay(plan, Journeys.APPRENTICE, List.of(
        new Fact.GatewayPassed(LocalDate.of(2025, 1, 6)),
        Journeys.assessed("2025-02-03", "project", "Fail"),
        Journeys.assessed("2025-02-10", "discussion", "Pass"),
        new Fact.OutcomeNotified(LocalDate.of(2025, 2, 14)))).journey();
    LocalDate day = LocalDate.of(2025, 3, 1);
    List<Fact> asked = List.of(
        Fact.FurtherAttemptBooked.resit(day, Set.of(MethodId.of("project"))),
        Fact.FurtherAttemptBooked.resit(day, Set.of(MethodId.of("project"), MethodId.of("discussion"))),
        Fact.CertificateRequested.throughService(day),
        new Fact.AppealLodged(day));
    for (int round = 0; round < 50; round++) {
      List<Explanation> shared = new ArrayList<>();
      asked.forEach(f -> shared.add(journey.check(f)));
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<String>> reads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          reads.add(pool.submit(() -> {
            start.await();
            return shared.toString();
          }));
        }
        start.countDown();
        String expected = asked.stream().map(journey::check).toList().toString();
        for (Future<String> read : reads) {
          assertThat(read.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(shared.get(0).allowed()).isTrue();
      assertThat(shared.get(1).allowed()).isFalse();
      assertThat(shared.get(2).allowed()).isFalse();
    }
  }
}
