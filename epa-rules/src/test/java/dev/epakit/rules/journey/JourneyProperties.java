package dev.epakit.rules.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Party;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.rules.RuleDescription;
import dev.epakit.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Properties of the EPA rules over generated plans and generated fact sequences (see {@link
 * Generated}). Whatever the sequence, the engine keeps the guidance's promises.
 */
class JourneyProperties {

  @Provide
  Arbitrary<AssessmentPlan> plans() {
    return Generated.plans();
  }

  @Provide
  Arbitrary<List<Generated.Seed>> seeds() {
    return Generated.seeds();
  }

  /** One recorded step: the journey before, the fact, and the result. */
  record Recorded(Journey before, Fact fact, Validation<Seq<Violation>, Journey> result) {
    Journey after() {
      return result.getOrElse(before);
    }
  }

  private static List<Recorded> run(AssessmentPlan plan, List<Generated.Seed> seeds) {
    List<Recorded> steps = new ArrayList<>();
    Journey journey = Journey.start(plan, Journeys.APPRENTICE);
    for (Fact fact : Generated.facts(plan, seeds)) {
      Validation<Seq<Violation>, Journey> result = journey.record(fact);
      steps.add(new Recorded(journey, fact, result));
      journey = result.getOrElse(journey);
    }
    Statistics.label("accepted facts").collect(bucket(steps.stream().filter(s -> s.result().isValid()).count()));
    Statistics.label("furthest status").collect(journey.asOf(Generated.START.plusYears(5)).status());
    return steps;
  }

  private static String bucket(long n) {
    return n == 0 ? "0" : n < 5 ? "1-4" : n < 10 ? "5-9" : "10+";
  }

  /** (1) No grade improves after a pass except by an upheld appeal. */
  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void noImprovementAfterAPass(@ForAll("plans") AssessmentPlan plan, @ForAll("seeds") List<Generated.Seed> seeds) {
    for (Recorded r : run(plan, seeds)) {
      JourneySnapshot before = r.before().asOf(r.fact().date());
      JourneySnapshot after = r.after().asOf(r.fact().date());
      boolean passed = before.notifiedGrade().exists(Grade::passing) && before.status() != JourneyStatus.FAILED;
      boolean upheld = r.fact() instanceof Fact.AppealDecided d && d.upheld();
      if (passed && !upheld) {
        assertThat(after.methodGrades()).isEqualTo(before.methodGrades());
        assertThat(after.notifiedGrade()).isEqualTo(before.notifiedGrade());
      }
    }
  }

  /** (2) Certificate-ready implies every method achieved and the apprentice's written agreement. */
  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void certificateReadyImpliesAchievedAndAgreed(@ForAll("plans") AssessmentPlan plan,
      @ForAll("seeds") List<Generated.Seed> seeds) {
    for (Recorded r : run(plan, seeds)) {
      boolean requested = r.fact() instanceof Fact.CertificateRequested && r.result().isValid();
      JourneySnapshot s = r.before().asOf(r.fact().date());
      if (requested || s.certificateReadiness().ready()) {
        Statistics.label("certificate ready").collect(true);
        assertThat(s.methodGrades().size()).isEqualTo(plan.methods().size());
        assertThat(s.methodGrades().forAll(t -> t._2.passing())).isTrue();
        assertThat(s.notifiedGrade().exists(Grade::passing)).isTrue();
        assertThat(r.before().facts().exists(f -> f instanceof Fact.WrittenAgreementRecorded w
            && w.party() == Party.APPRENTICE && w.purpose() == AgreementPurpose.CERTIFICATE)).isTrue();
      }
    }
  }

  /** (3) A refused fact changes nothing, and every refusal names rules of the catalogue with reasons. */
  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void refusedFactChangesNothing(@ForAll("plans") AssessmentPlan plan, @ForAll("seeds") List<Generated.Seed> seeds) {
    var catalogue = EpaRules.catalogue();
    for (Recorded r : run(plan, seeds)) {
      if (r.result().isInvalid()) {
        assertThat(r.after()).isSameAs(r.before());
        assertThat(r.before().record(r.fact()).getError()).isEqualTo(r.result().getError());
        assertThat(r.before().check(r.fact()).violations()).isEqualTo(r.result().getError());
        for (Violation v : r.result().getError()) {
          assertThat(catalogue).contains(v.rule());
          assertThat(v.reasons()).isNotEmpty();
        }
        Statistics.label("refused by").collect(r.result().getError().head().ruleId().value());
      } else {
        assertThat(r.after().facts()).isEqualTo(r.before().facts().append(r.fact()));
      }
    }
  }

  /** (4) A resit never includes a passed method. */
  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void resitNeverIncludesAPassedMethod(@ForAll("plans") AssessmentPlan plan, @ForAll("seeds") List<Generated.Seed> seeds) {
    for (Recorded r : run(plan, seeds)) {
      if (r.result().isValid() && r.fact() instanceof Fact.FurtherAttemptBooked b && b.attempt() == AttemptKind.RESIT) {
        Statistics.label("resit booked").collect(true);
        Map<MethodId, Grade> grades = r.before().asOf(b.date()).methodGrades().toJavaMap(t -> t);
        for (MethodId m : b.methods()) {
          assertThat(grades.get(m)).as("grade of %s before the resit", m).isNotNull();
          assertThat(grades.get(m).failing()).as("%s was failed", m).isTrue();
        }
      }
    }
  }

  /** (5) A capped grade never exceeds the cap without exceptional circumstances that the plan lets lift it. */
  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void capHolds(@ForAll("plans") AssessmentPlan plan, @ForAll("seeds") List<Generated.Seed> seeds) {
    for (Recorded r : run(plan, seeds)) {
      Journey j = r.after();
      Option<Fact.FurtherAttemptBooked> booking = j.facts().filter(Fact.FurtherAttemptBooked.class::isInstance)
          .map(Fact.FurtherAttemptBooked.class::cast).lastOption();
      if (booking.isEmpty()) {
        continue;
      }
      Option<Grade> cap = booking.get().attempt() == AttemptKind.RESIT ? plan.resitCap() : plan.retakeCap();
      int at = j.facts().lastIndexOf(booking.get());
      boolean exceptional = j.facts().drop(at).exists(Fact.ExceptionalCircumstancesDetermined.class::isInstance);
      boolean lifted = exceptional && plan.policy().exceptionalCircumstancesLiftCap();
      Option<Grade> overall = j.asOf(r.fact().date()).overallGrade().grade();
      if (cap.isDefined() && !lifted && overall.isDefined()) {
        Statistics.label("capped attempt graded").collect(true);
        assertThat(overall.get().isBetterThan(cap.get())).as("%s above cap %s", overall.get(), cap.get()).isFalse();
      }
    }
  }

  /** (6) The same inputs give the same decisions. */
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void decisionsAreDeterministic(@ForAll("plans") AssessmentPlan plan, @ForAll("seeds") List<Generated.Seed> seeds) {
    List<Fact> facts = Generated.facts(plan, seeds);
    Replay first = Journey.replay(plan, Journeys.APPRENTICE, facts);
    Replay second = Journey.replay(plan, Journeys.APPRENTICE, facts);
    assertThat(second).isEqualTo(first);
    var asOf = facts.get(facts.size() - 1).date().plusDays(30);
    JourneySnapshot a = first.journey().asOf(asOf);
    JourneySnapshot b = second.journey().asOf(asOf);
    assertThat(b.nextSteps()).isEqualTo(a.nextSteps());
    assertThat(b.overallGrade()).isEqualTo(a.overallGrade());
    assertThat(b.certificateReadiness()).isEqualTo(a.certificateReadiness());
    assertThat(b.resultStatement()).isEqualTo(a.resultStatement());
    assertThat(b.notificationsOwed()).isEqualTo(a.notificationsOwed());
  }

  /** Replay keeps every fact that a one-by-one recording keeps, and reports the rest by position. */
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void replayMatchesRecordingOneByOne(@ForAll("plans") AssessmentPlan plan, @ForAll("seeds") List<Generated.Seed> seeds) {
    List<Recorded> steps = run(plan, seeds);
    Replay replay = Journey.replay(plan, Journeys.APPRENTICE, steps.stream().map(Recorded::fact).collect(Collectors.toList()));
    assertThat(replay.journey()).isEqualTo(steps.get(steps.size() - 1).after());
    List<Integer> refused = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).result().isInvalid()) {
        refused.add(i);
      }
    }
    assertThat(replay.refused().map(Replay.Refusal::index).toJavaList()).isEqualTo(refused);
  }

  /** Next steps are judged by the same rules that judge the fact: an allowed step is accepted. */
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void allowedNextStepsAreAccepted(@ForAll("plans") AssessmentPlan plan, @ForAll("seeds") List<Generated.Seed> seeds) {
    List<Recorded> steps = run(plan, seeds);
    Journey j = steps.get(steps.size() - 1).after();
    // the last generated fact may have been refused for its date: ask on the latest accepted one
    var asOf = j.facts().lastOption().map(Fact::date).getOrElse(Generated.START);
    for (NextStep step : j.asOf(asOf).nextSteps()) {
      for (RuleDescription d : step.explanation().violations().map(Violation::rule)) {
        assertThat(EpaRules.catalogue()).contains(d);
      }
      if (step.allowed() && step.action() == NextStep.Action.REQUEST_CERTIFICATE) {
        assertThat(j.record(Fact.CertificateRequested.throughService(asOf)).isValid()).isTrue();
      }
      if (step.allowed() && (step.action() == NextStep.Action.RESIT || step.action() == NextStep.Action.RETAKE)) {
        AttemptKind kind = step.action() == NextStep.Action.RESIT ? AttemptKind.RESIT : AttemptKind.RETAKE;
        var booking = new Fact.FurtherAttemptBooked(asOf, kind, step.methods().toJavaSet(), true, true, true);
        assertThat(j.record(booking).isValid()).as("%s", j.record(booking).isInvalid() ? j.record(booking).getError() : "").isTrue();
      }
    }
  }

  /** The generator is not shallow: it reaches passes, fails, resits and certificate requests. */
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void generatedJourneysReachEveryStage(@ForAll("plans") AssessmentPlan plan, @ForAll("seeds") List<Generated.Seed> seeds) {
    List<Recorded> steps = run(plan, seeds);
    Journey j = steps.get(steps.size() - 1).after();
    boolean resat = j.facts().exists(f -> f instanceof Fact.FurtherAttemptBooked b && b.attempt() == AttemptKind.RESIT);
    boolean retook = j.facts().exists(f -> f instanceof Fact.FurtherAttemptBooked b && b.attempt() == AttemptKind.RETAKE);
    boolean appealed = j.facts().exists(Fact.AppealDecided.class::isInstance);
    Statistics.label("stage").collect(resat ? "resit" : retook ? "retake" : appealed ? "appeal" : "other");
    Statistics.label("stage").coverage(c -> {
      c.check("resit").percentage(p -> p >= 5);
      c.check("retake").percentage(p -> p >= 5);
    });
    Statistics.label("furthest status").coverage(c -> {
      c.check(JourneyStatus.PASSED).percentage(p -> p >= 5);
      c.check(JourneyStatus.FAILED).percentage(p -> p >= 5);
      c.check(JourneyStatus.CERTIFICATE_REQUESTED).percentage(p -> p >= 1);
    });
  }
}
