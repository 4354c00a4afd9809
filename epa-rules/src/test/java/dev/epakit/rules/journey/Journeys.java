package dev.epakit.rules.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.AssessorId;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;

/** A small fluent helper to write journeys in tests: each call records a fact and checks it. */
final class Journeys {

  static final Apprentice APPRENTICE = Apprentice.of(Uln.of("1000102504"));
  static final AssessorId ASSESSOR = AssessorId.of("A-001");

  private Journey journey;

  private Journeys(Journey journey) {
    this.journey = journey;
  }

  static Journeys on(AssessmentPlan plan) {
    return new Journeys(Journey.start(plan, APPRENTICE));
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static Fact assessed(String date, String method, String grade) {
    return new Fact.MethodAssessed(day(date), MethodId.of(method), Mark.grade(grade), ASSESSOR);
  }

  static Fact scored(String date, String method, int score) {
    return new Fact.MethodAssessed(day(date), MethodId.of(method), Mark.score(score), ASSESSOR);
  }

  /** Records a fact that must be accepted. */
  Journeys then(Fact fact) {
    Validation<Seq<Violation>, Journey> next = journey.record(fact);
    assertThat(next.isValid()).as("%s accepted, but: %s", fact, next.isInvalid() ? next.getError() : "").isTrue();
    journey = next.get();
    return this;
  }

  /** Records a fact that must be refused by (at least) the given rule; the journey must not change. */
  Journeys refuses(Fact fact, String ruleId) {
    Journey before = journey;
    Validation<Seq<Violation>, Journey> next = journey.record(fact);
    assertThat(next.isInvalid()).as("%s refused", fact).isTrue();
    assertThat(next.getError().map(v -> v.ruleId().value())).contains(ruleId);
    assertThat(journey).isEqualTo(before);
    return this;
  }

  /** The violations of a fact that must be refused. */
  Seq<Violation> violations(Fact fact) {
    Validation<Seq<Violation>, Journey> next = journey.record(fact);
    assertThat(next.isInvalid()).as("%s refused", fact).isTrue();
    return next.getError();
  }

  Journeys gateway(String date) {
    return then(new Fact.GatewayPassed(day(date)));
  }

  Journeys notified(String date) {
    return then(new Fact.OutcomeNotified(day(date)));
  }

  Journey journey() {
    return journey;
  }

  JourneySnapshot asOf(String date) {
    return journey.asOf(day(date));
  }
}
