package dev.epakit.cli.journey;

import dev.epakit.core.journey.Fact;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.io.journey.FactField;
import dev.epakit.io.journey.JourneyRecord;
import dev.epakit.rules.Violation;
import dev.epakit.rules.journey.Journey;
import dev.epakit.rules.journey.JourneySnapshot;
import dev.epakit.rules.journey.Replay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One journey replayed under its plan and answered for a date: the record, the replay (refusals
 * included, each with the line and field of the refused fact) and the snapshot.
 *
 * @param record the journey as read
 * @param plan the plan it was checked under
 * @param replay the replay of its facts
 * @param snapshot the answers for the date
 * @param refusals every refused fact, with where it is in the file
 */
record CheckedJourney(JourneyRecord record, AssessmentPlan plan, Replay replay, JourneySnapshot snapshot,
    List<Refusal> refusals) {

  /**
   * A refused fact and one rule it broke, located in the file.
   *
   * @param line the fact's line
   * @param field the field concerned
   * @param fact the fact
   * @param violation the rule broken and why
   */
  record Refusal(int line, String field, Fact fact, Violation violation) {}

  /** Replays a journey under a plan and answers for a date. */
  static CheckedJourney check(JourneyRecord record, AssessmentPlan plan, LocalDate asOf) {
    Replay replay = Journey.replay(plan, record.apprentice(), record.factList());
    List<Refusal> refusals = new ArrayList<>(replay.refused().size());
    for (Replay.Refusal r : replay.refused()) {
      int line = record.facts().get(r.index()).line();
      for (Violation v : r.violations()) {
        refusals.add(new Refusal(line, FactField.of(r.fact(), v.ruleId(), plan), r.fact(), v));
      }
    }
    return new CheckedJourney(record, plan, replay, replay.journey().asOf(asOf), refusals);
  }

  /** @return true when every fact was accepted */
  boolean consistent() {
    return replay.consistent();
  }
}
