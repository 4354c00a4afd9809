package dev.epakit.rules.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.CertificateRoute;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.journey.Party;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.rules.RuleId;
import dev.epakit.rules.RuleSet;
import dev.epakit.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The quick path ({@link Refusals}) and the explained rules ({@link EpaRules}) must name the same
 * broken rules for every fact in every state. Along each generated journey, the generated fact and
 * a set of probes (every kind of fact, with good and bad variants, on the same day, a day before and
 * a year later) are judged both ways.
 */
class RefusalsProperties {

  @Provide
  Arbitrary<AssessmentPlan> plans() {
    return Generated.plans();
  }

  @Provide
  Arbitrary<List<Generated.Seed>> seeds() {
    return Generated.seeds();
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void quickPathBreaksTheRulesTheExplanationNames(@ForAll("plans") AssessmentPlan plan,
      @ForAll("seeds") List<Generated.Seed> seeds) {
    Journey journey = Journey.start(plan, Journeys.APPRENTICE);
    JourneyState state = JourneyState.initial(PlanIndex.of(plan));
    for (Fact fact : Generated.facts(plan, seeds)) {
      for (Fact probe : probes(plan, fact)) {
        assertSameRules(state, probe);
      }
      boolean accepted = Refusals.of(state, fact) == 0;
      assertThat(journey.record(fact).isValid()).isEqualTo(accepted);
      if (accepted) {
        state = state.apply(fact);
        journey = journey.record(fact).get();
      }
    }
  }

  /** The quick path and the explanation name the same broken rules. */
  static void assertSameRules(JourneyState state, Fact fact) {
    RuleSet<Step> rules = EpaRules.rulesFor(fact.getClass());
    List<Verdict> verdicts = rules.evaluate(Step.of(state, fact)).verdicts().toJavaList();
    long quick = Refusals.of(state, fact);
    List<RuleId> explained = new ArrayList<>();
    List<RuleId> fast = new ArrayList<>();
    for (int i = 0; i < verdicts.size(); i++) {
      if (verdicts.get(i).violated()) {
        explained.add(verdicts.get(i).rule().id());
      }
      if ((quick & (1L << i)) != 0) {
        fast.add(verdicts.get(i).rule().id());
      }
    }
    assertThat(quick >>> verdicts.size()).as("bits beyond the rule set of %s", fact).isZero();
    assertThat(Refusals.refuses(state, fact)).as("refuses %s", fact).isEqualTo(quick != 0);
    assertThat(fast).as("rules broken by %s in %s", fact, state).isEqualTo(explained);
    Statistics.label("probe").collect(fact.kind() + (explained.isEmpty() ? " allowed" : " refused"));
  }

  /** Facts of every kind around a generated fact's date, good and bad. */
  static List<Fact> probes(AssessmentPlan plan, Fact generated) {
    List<Fact> probes = new ArrayList<>();
    probes.add(generated);
    LocalDate d0 = generated.date();
    for (LocalDate d : List.of(d0, d0.minusDays(1), d0.plusDays(95), d0.plusYears(1))) {
      probes.add(new Fact.GatewayPassed(d));
      for (AssessmentMethod m : plan.methods()) {
        probes.add(new Fact.MethodAssessed(d, m.id(), Mark.grade(m.scale().highest().name()), Journeys.ASSESSOR));
        probes.add(new Fact.MethodAssessed(d, m.id(), Mark.grade(m.scale().lowest().name()), Journeys.ASSESSOR));
        probes.add(new Fact.MethodAssessed(d, m.id(), Mark.score(m.scored() ? 45 : 1), Journeys.ASSESSOR));
        probes.add(Fact.AppealDecided.upheld(d, m.id(), m.scale().highest().name()));
        probes.add(Fact.AppealDecided.upheld(d, m.id(), "Outstanding"));
      }
      probes.add(new Fact.MethodAssessed(d, MethodId.of("unknown"), Mark.grade("Pass"), Journeys.ASSESSOR));
      probes.add(new Fact.MethodAssessed(d, plan.methodIds().head(), Mark.score(-1), Journeys.ASSESSOR));
      probes.add(new Fact.OutcomeNotified(d));
      for (AttemptKind kind : AttemptKind.values()) {
        probes.add(new Fact.FurtherAttemptRecommended(d, kind));
        probes.add(new Fact.FurtherAttemptBooked(d, kind, plan.methodIds().toJavaSet(), true, true, true));
        probes.add(new Fact.FurtherAttemptBooked(d, kind, Set.of(plan.methodIds().head()), false, false, false));
        probes.add(new Fact.FurtherAttemptBooked(d, kind, Set.of(plan.methodIds().last()), true, true, true));
        Set<MethodId> withUnknown = new LinkedHashSet<>(plan.methodIds().toJavaList());
        withUnknown.add(MethodId.of("unknown"));
        probes.add(new Fact.FurtherAttemptBooked(d, kind, withUnknown, true, true, true));
      }
      probes.add(new Fact.FurtherTrainingCompleted(d));
      probes.add(new Fact.ExceptionalCircumstancesDetermined(d));
      probes.add(new Fact.AppealLodged(d));
      probes.add(Fact.AppealDecided.rejected(d));
      probes.add(Fact.AppealDecided.upheld(d, MethodId.of("unknown"), "Pass"));
      probes.add(Fact.ResultShared.withAll(d));
      probes.add(new Fact.ResultShared(d, EnumSet.of(Party.EMPLOYER), false, false));
      for (Party p : Party.values()) {
        for (AgreementPurpose purpose : AgreementPurpose.values()) {
          probes.add(new Fact.WrittenAgreementRecorded(d, p, purpose));
        }
      }
      probes.add(Fact.CertificateRequested.throughService(d));
      probes.add(new Fact.CertificateRequested(d, CertificateRoute.ISSUED_BY_EPAO));
      probes.add(new Fact.SuccessStoryShared(d));
      probes.add(new Fact.Withdrawn(d));
    }
    return probes;
  }
}
