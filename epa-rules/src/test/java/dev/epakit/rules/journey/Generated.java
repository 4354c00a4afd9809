package dev.epakit.rules.journey;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.grade.ScoreBands;
import dev.epakit.core.identity.AssessorId;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.CertificateRoute;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.journey.Party;
import dev.epakit.core.plan.AppealPeriod;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of assessment plans and of fact sequences for the property tests.
 *
 * <p>Plans have 1 to 4 methods on scales of 2 to 4 grades (one may be a scored test), a complete
 * monotone grading table, and a random resit/retake policy. Fact sequences are generated as seeds
 * that are read against the plan, so most facts are plausible (a method of the plan, a grade of
 * its scale, dates moving forward) and some are not (dates going back, grades off the scale,
 * resits of passed methods, EPAO-issued certificates), which exercises both acceptance and
 * refusal.
 */
final class Generated {

  private Generated() {}

  static final LocalDate START = LocalDate.of(2025, 1, 6);
  private static final AssessorId ASSESSOR = AssessorId.of("A-001");
  private static final List<GradeScale> SCALES = List.of(GradeScale.failPass(), GradeScale.failPassDistinction(),
      GradeScale.failPassMeritDistinction());

  static Arbitrary<ResitRetakePolicy> policies() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
    return Combinators.combine(
        Combinators.combine(b, b, Arbitraries.integers().between(0, 3), months, months, Arbitraries.integers().between(0, 12)).as(
            (agree, fee, whole, resit, retake, hard) -> {
              ResitRetakePolicy.Builder p = ResitRetakePolicy.builder()
                  .employerAgreementRequired(agree).feeConfirmationRequired(fee)
                  .resitWindow(Period.ofMonths(resit)).retakeWindow(Period.ofMonths(retake));
              if (whole > 0) {
                p.wholeEpaWhenMoreThanFailed(whole);
              }
              if (hard == 0) {
                p.noHardWindow();
              } else {
                p.hardWindow(Period.ofMonths(Math.max(hard, Math.max(resit, retake))));
              }
              return p;
            }),
        Arbitraries.integers().between(0, 3), b, Arbitraries.integers().between(0, 3), b,
        Arbitraries.of(AppealPeriod.workingDays(20), AppealPeriod.calendarDays(28), AppealPeriod.calendarDays(31)))
        .as((p, cap, lift, limit, fresh, appeal) -> {
          switch (cap) {
            case 0 -> p.noCap();
            case 1 -> p.cap("Pass");
            case 2 -> p.resitCap("Pass").retakeCap("Pass");
            default -> p.noCap().retakeCap("Pass");
          }
          if (limit == 0) {
            p.noAttemptLimit();
          } else {
            p.attemptLimit(limit);
          }
          return p.exceptionalCircumstancesLiftCap(lift).freshMaterialsRequired(fresh).appealPeriod(appeal).build();
        });
  }

  static Arbitrary<AssessmentPlan> plans() {
    Arbitrary<List<Integer>> scales = Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(scales, Arbitraries.integers().between(1, 2), Arbitraries.of(true, false),
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 3), policies())
        .as((scaleIds, overallId, inOrder, scoredFirst, weightSeed, policy) -> {
          GradeScale overall = SCALES.get(overallId);
          AssessmentPlan.Builder b = AssessmentPlan.builder(Standard.of("ST0480", "1.0")).overallScale(overall)
              .methodsInOrder(inOrder).policy(policy).title("Generated");
          List<GradeScale> methodScales = new ArrayList<>();
          for (int i = 0; i < scaleIds.size(); i++) {
            GradeScale scale = SCALES.get(scaleIds.get(i));
            methodScales.add(scale);
            if (i == 0 && scoredFirst && scale.size() == 4) {
              b.method(AssessmentMethod.scored("m" + i, "Method " + i,
                  ScoreBands.create(scale, 60, Map.of("Pass", 40, "Merit", 50, "Distinction", 55)).get()));
            } else {
              b.method(AssessmentMethod.graded("m" + i, "Method " + i, scale));
            }
          }
          // any failed method fails overall
          for (int i = 0; i < methodScales.size(); i++) {
            String[] row = new String[methodScales.size() + 1];
            java.util.Arrays.fill(row, "*");
            row[i] = "Fail";
            row[methodScales.size()] = overall.lowest().name();
            b.row(row);
          }
          // every passing combination: overall from a weighted mean of normalised ranks (monotone,
          // and asymmetric when the weights differ)
          addPassingRows(b, methodScales, new int[methodScales.size()], 0, overall, weightSeed);
          return b.buildOrThrow();
        });
  }

  private static void addPassingRows(AssessmentPlan.Builder b, List<GradeScale> scales, int[] ranks, int i,
      GradeScale overall, int weightSeed) {
    if (i == scales.size()) {
      double sum = 0;
      double weights = 0;
      for (int k = 0; k < scales.size(); k++) {
        double w = 1 + ((weightSeed + k) % 3);
        int passes = scales.get(k).size() - 1;
        sum += w * (passes == 1 ? 0.5 : (ranks[k] - 1) / (double) (passes - 1));
        weights += w;
      }
      int passingGrades = overall.size() - 1;
      int grade = 1 + (int) Math.min(passingGrades - 1, Math.floor(sum / weights * passingGrades));
      String[] row = new String[scales.size() + 1];
      for (int k = 0; k < scales.size(); k++) {
        row[k] = scales.get(k).get(ranks[k]).name();
      }
      row[scales.size()] = overall.get(grade).name();
      b.row(row);
      return;
    }
    for (int r = 1; r < scales.get(i).size(); r++) {
      ranks[i] = r;
      addPassingRows(b, scales, ranks, i + 1, overall, weightSeed);
    }
  }

  /** A seed for one fact: what kind, two choices and how many days after the previous fact. */
  record Seed(int kind, int a, int b, int days) {}

  static Arbitrary<List<Seed>> seeds() {
    Arbitrary<Seed> seed = Combinators.combine(Arbitraries.integers().between(0, 99),
        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
        Arbitraries.frequency(Tuple(8, 0), Tuple(30, 1), Tuple(40, 2), Tuple(15, 3), Tuple(5, 4), Tuple(2, 5))
            .flatMap(bucket -> switch (bucket) {
              case 0 -> Arbitraries.just(0);
              case 1 -> Arbitraries.integers().between(1, 7);
              case 2 -> Arbitraries.integers().between(8, 40);
              case 3 -> Arbitraries.integers().between(41, 120);
              case 4 -> Arbitraries.integers().between(121, 400);
              default -> Arbitraries.integers().between(-20, -1);
            }))
        .as(Seed::new);
    return seed.list().ofMinSize(1).ofMaxSize(40);
  }

  private static net.jqwik.api.Tuple.Tuple2<Integer, Integer> Tuple(int weight, int value) {
    return net.jqwik.api.Tuple.of(weight, value);
  }

  /** Reads seeds against a plan into facts, using the journey as it grows to choose plausible ones. */
  static List<Fact> facts(AssessmentPlan plan, List<Seed> seeds) {
    List<Fact> facts = new ArrayList<>();
    Journey journey = Journey.start(plan, Journeys.APPRENTICE);
    LocalDate date = START.minusDays(1);
    for (Seed s : seeds) {
      date = date.plusDays(s.days());
      Fact f = fact(plan, journey, date, s);
      facts.add(f);
      var next = journey.record(f);
      if (next.isValid()) {
        journey = next.get();
      }
    }
    return facts;
  }

  /** A fact that realises an allowed next step, with a random grade where one is needed. */
  private static Fact guided(AssessmentPlan plan, NextStep step, LocalDate date, Seed s) {
    return switch (step.action()) {
      case PASS_GATEWAY -> new Fact.GatewayPassed(date);
      case ASSESS_METHOD -> {
        AssessmentMethod m = plan.method(step.methods().head()).get();
        yield m.scored()
            ? new Fact.MethodAssessed(date, m.id(), Mark.score(s.b() % 61), ASSESSOR)
            : new Fact.MethodAssessed(date, m.id(), Mark.grade(m.scale().get(s.b() % m.scale().size()).name()), ASSESSOR);
      }
      case NOTIFY_OUTCOME -> new Fact.OutcomeNotified(date);
      case RESIT -> Fact.FurtherAttemptBooked.resit(date, step.methods().toJavaSet());
      case RETAKE -> Fact.FurtherAttemptBooked.retake(date, step.methods().toJavaSet());
      case COMPLETE_FURTHER_TRAINING -> new Fact.FurtherTrainingCompleted(date);
      case LODGE_APPEAL -> new Fact.AppealLodged(date);
      case REQUEST_CERTIFICATE -> Fact.CertificateRequested.throughService(date);
      case SHARE_SUCCESS_STORY -> new Fact.SuccessStoryShared(date);
    };
  }

  private static Fact fact(AssessmentPlan plan, Journey journey, LocalDate date, Seed s) {
    List<MethodId> ids = plan.methodIds().toJavaList();
    MethodId method = ids.get(s.a() % ids.size());
    JourneySnapshot now = journey.asOf(date);
    if (s.kind() < 55) {
      var allowed = now.nextSteps().filter(NextStep::allowed);
      if (!allowed.isEmpty()) {
        return guided(plan, allowed.get(s.a() % allowed.size()), date, s);
      }
    }
    if (s.kind() < 70 && now.notifiedGrade().isDefined()) {
      return switch (s.b() % 3) {
        case 0 -> Fact.ResultShared.withAll(date);
        case 1 -> new Fact.WrittenAgreementRecorded(date, Party.APPRENTICE, AgreementPurpose.CERTIFICATE);
        default -> new Fact.WrittenAgreementRecorded(date, Party.values()[s.a() % 3], AgreementPurpose.PUBLICITY);
      };
    }
    int k = (s.kind() * 7 + s.a()) % 100;
    if (k == 99 && s.b() % 3 != 0) {
      k = 20;
    }
    if (k < 8) {
      return new Fact.GatewayPassed(date);
    } else if (k < 38) {
      // prefer a method that awaits assessment
      var awaiting = now.nextSteps().filter(st -> st.action() == NextStep.Action.ASSESS_METHOD && st.allowed());
      if (!awaiting.isEmpty() && s.b() % 5 != 0) {
        method = awaiting.get(s.a() % awaiting.size()).methods().head();
      }
      AssessmentMethod m = plan.method(method).get();
      if (m.scored() && s.b() % 2 == 0) {
        return new Fact.MethodAssessed(date, method, Mark.score(s.b() % 62), ASSESSOR);
      }
      String grade = s.b() % 17 == 0 ? "Outstanding" : m.scale().get(s.b() % m.scale().size()).name();
      return new Fact.MethodAssessed(date, method, Mark.grade(grade), ASSESSOR);
    } else if (k < 48) {
      return new Fact.OutcomeNotified(date);
    } else if (k < 60) {
      AttemptKind kind = s.a() % 2 == 0 ? AttemptKind.RESIT : AttemptKind.RETAKE;
      Set<MethodId> methods = new LinkedHashSet<>();
      var suggested = now.nextSteps().filter(st -> st.action() == (kind == AttemptKind.RESIT ? NextStep.Action.RESIT : NextStep.Action.RETAKE));
      if (!suggested.isEmpty() && s.b() % 4 != 0) {
        methods.addAll(suggested.head().methods().toJavaList());
      } else {
        methods.add(method);
      }
      int flags = s.b() % 16 == 1 ? 0 : 7;
      return new Fact.FurtherAttemptBooked(date, kind, methods, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0);
    } else if (k < 64) {
      return new Fact.FurtherTrainingCompleted(date);
    } else if (k < 67) {
      return new Fact.ExceptionalCircumstancesDetermined(date);
    } else if (k < 71) {
      return new Fact.FurtherAttemptRecommended(date, s.a() % 2 == 0 ? AttemptKind.RESIT : AttemptKind.RETAKE);
    } else if (k < 75) {
      return new Fact.AppealLodged(date);
    } else if (k < 79) {
      if (s.b() % 2 == 0) {
        return Fact.AppealDecided.rejected(date);
      }
      AssessmentMethod m = plan.method(method).get();
      return Fact.AppealDecided.upheld(date, method, m.scale().get(s.b() % m.scale().size()).name());
    } else if (k < 85) {
      EnumSet<Party> parties = s.b() % 3 == 0 ? EnumSet.of(Party.values()[s.a() % 3]) : EnumSet.allOf(Party.class);
      return new Fact.ResultShared(date, parties, s.a() % 2 == 0, s.b() % 2 == 0);
    } else if (k < 91) {
      return new Fact.WrittenAgreementRecorded(date, Party.values()[s.a() % 3],
          s.b() % 2 == 0 ? AgreementPurpose.CERTIFICATE : AgreementPurpose.PUBLICITY);
    } else if (k < 96) {
      return new Fact.CertificateRequested(date, s.b() % 7 == 0 ? CertificateRoute.ISSUED_BY_EPAO
          : CertificateRoute.APPRENTICE_ASSESSMENT_SERVICE);
    } else if (k < 98) {
      return new Fact.SuccessStoryShared(date);
    }
    return new Fact.Withdrawn(date);
  }
}
