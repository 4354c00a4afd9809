package dev.epakit.benchmarks;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.identity.AssessorId;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.journey.Party;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A realistic cohort of Senior leader (ST0480) journeys for the benchmarks: passes, distinctions,
 * fails followed by a resit or a retake, and a few histories with a fact the rules refuse.
 */
public final class Cohort {

  /** The methods of the plan. */
  public static final MethodId PROJECT = MethodId.of("project");
  /** The methods of the plan. */
  public static final MethodId DISCUSSION = MethodId.of("discussion");
  private static final AssessorId ASSESSOR = AssessorId.of("A-001");

  private Cohort() {}

  /** @return the Senior leader plan of the design notes, with the typical policy */
  public static AssessmentPlan plan() {
    GradeScale fpd = GradeScale.failPassDistinction();
    return AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
        .title("Senior leader")
        .method(AssessmentMethod.graded("project", "Work-based project", fpd))
        .method(AssessmentMethod.graded("discussion", "Professional discussion", fpd))
        .overallScale(fpd)
        .row("Fail", "*", "Fail").row("*", "Fail", "Fail")
        .row("Pass", "Pass+", "Pass").row("Distinction", "Pass", "Pass")
        .row("Distinction", "Distinction", "Distinction")
        .policy(ResitRetakePolicy.typical())
        .buildOrThrow();
  }

  /**
   * Journeys of about ten facts each.
   *
   * @param count how many
   * @param seed the random seed
   * @return the fact lists
   */
  public static List<List<Fact>> journeys(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<Fact>> all = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      all.add(journey(random));
    }
    return all;
  }

  private static Fact assessed(LocalDate d, MethodId m, String grade) {
    return new Fact.MethodAssessed(d, m, Mark.grade(grade), ASSESSOR);
  }

  private static List<Fact> journey(SplittableRandom r) {
    List<Fact> f = new ArrayList<>();
    LocalDate d = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(365));
    int path = r.nextInt(100);
    if (path >= 95) {
      f.add(assessed(d, PROJECT, "Pass")); // refused: before gateway
    }
    f.add(new Fact.GatewayPassed(d));
    d = d.plusDays(14 + r.nextInt(30));
    if (path < 60) {
      String g = path < 20 ? "Distinction" : "Pass";
      f.add(assessed(d, PROJECT, g));
      f.add(assessed(d = d.plusDays(1 + r.nextInt(14)), DISCUSSION, path < 20 ? "Distinction" : "Pass"));
      f.add(new Fact.OutcomeNotified(d = d.plusDays(3)));
    } else if (path < 85) {
      f.add(assessed(d, PROJECT, "Fail"));
      f.add(assessed(d = d.plusDays(1 + r.nextInt(14)), DISCUSSION, r.nextBoolean() ? "Pass" : "Distinction"));
      f.add(new Fact.OutcomeNotified(d = d.plusDays(3)));
      f.add(Fact.FurtherAttemptBooked.resit(d = d.plusDays(7 + r.nextInt(30)), Set.of(PROJECT)));
      f.add(assessed(d = d.plusDays(14 + r.nextInt(30)), PROJECT, r.nextBoolean() ? "Pass" : "Distinction"));
      f.add(new Fact.OutcomeNotified(d = d.plusDays(3)));
    } else {
      f.add(assessed(d, PROJECT, "Fail"));
      f.add(assessed(d = d.plusDays(1 + r.nextInt(14)), DISCUSSION, "Fail"));
      f.add(new Fact.OutcomeNotified(d = d.plusDays(3)));
      f.add(Fact.FurtherAttemptBooked.retake(d = d.plusDays(7 + r.nextInt(20)), Set.of(PROJECT, DISCUSSION)));
      f.add(assessed(d.plusDays(1), PROJECT, "Pass")); // refused: training first
      f.add(new Fact.FurtherTrainingCompleted(d = d.plusDays(30 + r.nextInt(30))));
      f.add(assessed(d = d.plusDays(7), PROJECT, "Distinction"));
      f.add(assessed(d = d.plusDays(7), DISCUSSION, "Pass"));
      f.add(new Fact.OutcomeNotified(d = d.plusDays(3)));
    }
    f.add(Fact.ResultShared.withAll(d = d.plusDays(1)));
    if (path % 7 == 0) {
      f.add(Fact.FurtherAttemptBooked.resit(d, Set.of(PROJECT))); // refused: no improvement after a pass
    }
    f.add(new Fact.WrittenAgreementRecorded(d = d.plusDays(2), Party.APPRENTICE, AgreementPurpose.CERTIFICATE));
    f.add(Fact.CertificateRequested.throughService(d.plusDays(1)));
    return f;
  }
}
