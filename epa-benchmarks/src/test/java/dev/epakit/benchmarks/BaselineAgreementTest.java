package dev.epakit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.rules.journey.Journey;
import dev.epakit.rules.journey.JourneySnapshot;
import dev.epakit.rules.journey.NextStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written baseline is only a fair baseline if it makes the engine's decisions: on the
 * benchmark cohort, fact by fact, it must accept and refuse exactly what the engine does, and agree
 * on the grade, resit eligibility and certificate readiness.
 */
class BaselineAgreementTest {

  @Test
  void baselineDecidesAsTheEngineDoesOnTheCohort() {
    AssessmentPlan plan = Cohort.plan();
    Apprentice apprentice = Apprentice.of(Uln.of("1000102504"));
    int refused = 0;
    for (List<Fact> facts : Cohort.journeys(3000, 42)) {
      Journey journey = Journey.start(plan, apprentice);
      SeniorLeaderByHand byHand = new SeniorLeaderByHand();
      List<Boolean> engine = new ArrayList<>();
      List<Boolean> baseline = new ArrayList<>();
      for (Fact f : facts) {
        var next = journey.record(f);
        engine.add(next.isValid());
        journey = next.getOrElse(journey);
        baseline.add(byHand.accept(f));
      }
      assertThat(baseline).as("decisions on %s", facts).isEqualTo(engine);
      refused += (int) engine.stream().filter(b -> !b).count();
      LocalDate lastDay = journey.facts().last().date();
      for (int later : new int[] {0, 30, 100, 200}) {
        JourneySnapshot s = journey.asOf(lastDay.plusDays(later));
        assertThat(byHand.notifiedGrade()).isEqualTo(s.notifiedGrade().map(g -> g.rank()).getOrElse(-1));
        assertThat(byHand.certificateReady()).isEqualTo(s.certificateReadiness().ready());
        assertThat(byHand.resitAllowed(lastDay.plusDays(later)))
            .isEqualTo(s.nextSteps().find(n -> n.action() == NextStep.Action.RESIT).map(NextStep::allowed).getOrElse(false));
      }
      assertThat(byHand.furtherAttempts()).isEqualTo(journey.asOf(lastDay).furtherAttempts());
    }
    assertThat(refused).as("the cohort exercises refusals too").isGreaterThan(100);
  }

  /** The same on journeys cut short, where resits are still open and certificates not ready. */
  @Test
  void baselineAgreesOnEveryPrefix() {
    AssessmentPlan plan = Cohort.plan();
    Apprentice apprentice = Apprentice.of(Uln.of("1000102504"));
    for (List<Fact> facts : Cohort.journeys(300, 7)) {
      for (int cut = 1; cut <= facts.size(); cut++) {
        List<Fact> prefix = facts.subList(0, cut);
        Journey journey = Journey.replay(plan, apprentice, prefix).journey();
        SeniorLeaderByHand byHand = new SeniorLeaderByHand();
        prefix.forEach(byHand::accept);
        LocalDate day = prefix.get(prefix.size() - 1).date().plusDays(10);
        JourneySnapshot s = journey.asOf(day);
        assertThat(byHand.resitAllowed(day))
            .isEqualTo(s.nextSteps().find(n -> n.action() == NextStep.Action.RESIT).map(NextStep::allowed).getOrElse(false));
        assertThat(byHand.certificateReady()).isEqualTo(s.certificateReadiness().ready());
      }
    }
  }
}
