package dev.epakit.rules.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.AssessorId;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.plan.MethodId;
import dev.epakit.rules.journey.Journey;
import dev.epakit.rules.journey.JourneySnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Personal data never leaks through {@code toString}: no apprentice name, and never a whole ULN,
 * appears in the text of any value a journey produces (journeys, snapshots, facts, refusals,
 * explanations, next steps, result statements).
 */
class PersonalDataProperties {

  @Provide
  Arbitrary<String> names() {
    // a marker no grade, rule or method text contains, followed by letters
    return Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(12).map(s -> "Zqx" + s);
  }

  @Provide
  Arbitrary<Uln> ulns() {
    return Arbitraries.longs().between(100_000_000L, 999_999_998L).map(String::valueOf)
        .filter(nine -> Uln.checkDigit(nine) >= 0)
        .map(nine -> Uln.of(nine + Uln.checkDigit(nine)));
  }

  @Property(tries = 200)
  void noNameOrWholeUlnInAnyToString(@ForAll("names") String given, @ForAll("names") String family,
      @ForAll("ulns") Uln uln, @ForAll boolean failProject) {
    Apprentice apprentice = new Apprentice(uln, given, family);
    LocalDate d = LocalDate.of(2025, 1, 6);
    List<Fact> facts = List.of(
        new Fact.GatewayPassed(d),
        new Fact.MethodAssessed(d.plusDays(7), MethodId.of("project"), Mark.grade(failProject ? "Fail" : "Pass"), AssessorId.of("A-1")),
        new Fact.MethodAssessed(d.plusDays(8), MethodId.of("discussion"), Mark.grade("Pass"), AssessorId.of("A-1")),
        new Fact.OutcomeNotified(d.plusDays(9)),
        Fact.FurtherAttemptBooked.resit(d.plusDays(10), Set.of(MethodId.of("discussion"))),
        new Fact.GatewayPassed(d.plusDays(11)));
    var replay = Journey.replay(ConcurrencyTest.PLAN, apprentice, facts);
    JourneySnapshot snapshot = replay.journey().asOf(d.plusDays(12));
    List<Object> values = new ArrayList<>(List.of(apprentice, replay, replay.journey(), snapshot,
        snapshot.overallGrade(), snapshot.nextSteps(), snapshot.certificateReadiness(),
        snapshot.notificationsOwed(), snapshot.resultStatement(), snapshot.methodGrades()));
    values.addAll(facts);
    assertThat(replay.refused()).isNotEmpty();
    for (Object value : values) {
      String text = String.valueOf(value);
      assertThat(text).as("toString of %s", value.getClass().getSimpleName())
          .doesNotContain(given).doesNotContain(family).doesNotContain(uln.value());
    }
  }
}
