package dev.epakit.rules.journey;

import static dev.epakit.rules.journey.Journeys.assessed;
import static dev.epakit.rules.journey.Journeys.day;
import static dev.epakit.rules.journey.Journeys.scored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.CertificateRoute;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Party;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One example per rule of the catalogue, each citing the source the rule enforces. The GOV.UK
 * guidance is "Results, feedback and celebration after end-point assessment" (11 December 2024);
 * plan clauses are those the project's design notes (section 4) list.
 */
class EpaRulesExamplesTest {

  static final MethodId PROJECT = MethodId.of("project");
  static final MethodId DISCUSSION = MethodId.of("discussion");

  /** Senior leader journey up to a notified fail of the project (discussion passed). */
  static Journeys failedProject() {
    return Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Fail"))
        .then(assessed("2025-02-10", "discussion", "Distinction"))
        .notified("2025-02-14");
  }

  /** Senior leader journey up to a notified pass with distinction. */
  static Journeys passedWithDistinction() {
    return Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Distinction"))
        .then(assessed("2025-02-10", "discussion", "Distinction"))
        .notified("2025-02-14");
  }

  static Fact resit(String date, MethodId... methods) {
    return Fact.FurtherAttemptBooked.resit(day(date), Set.of(methods));
  }

  static Fact retake(String date, MethodId... methods) {
    return Fact.FurtherAttemptBooked.retake(day(date), Set.of(methods));
  }

  @Nested
  class Model {
    /** EPA-FACT-01: facts are judged in date order (design notes, section 3). */
    @Test
    void factsAreRecordedInDateOrder() {
      Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
          .refuses(assessed("2025-01-05", "project", "Pass"), "EPA-FACT-01");
    }

    /** EPA-WITHDRAWN-01: Withdrawn is a final outcome of the Record a grade service. */
    @Test
    void nothingAfterWithdrawal() {
      Journeys.on(Plans.seniorLeader()).gateway("2025-01-06").then(new Fact.Withdrawn(day("2025-01-20")))
          .refuses(assessed("2025-02-01", "project", "Pass"), "EPA-WITHDRAWN-01");
    }

    /** EPA-PLAN-01: rules belong to a plan version, in force from its effective date. */
    @Test
    void gatewayWithinThePlansDates() {
      AssessmentPlan plan = Plans.seniorLeader();
      Journeys.on(plan).refuses(new Fact.GatewayPassed(day("2016-12-31")), "EPA-PLAN-01");
    }

    /** EPA-GATEWAY-02: the EPA period starts once. */
    @Test
    void gatewayOnce() {
      Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
          .refuses(new Fact.GatewayPassed(day("2025-01-07")), "EPA-GATEWAY-02");
    }
  }

  @Nested
  class Assessment {
    /** EPA-GATEWAY-01: the EPA starts after gateway. */
    @Test
    void noAssessmentBeforeGateway() {
      Journeys.on(Plans.seniorLeader()).refuses(assessed("2025-02-03", "project", "Pass"), "EPA-GATEWAY-01");
    }

    /** EPA-METHOD-01: a mark is a grade of the method's scale or a score within its bands. */
    @Test
    void markMustFitTheMethod() {
      Journeys j = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06");
      j.refuses(assessed("2025-02-03", "project", "Merit"), "EPA-METHOD-01");
      j.refuses(assessed("2025-02-03", "presentation", "Pass"), "EPA-METHOD-01");
      j.refuses(scored("2025-02-03", "project", 50), "EPA-METHOD-01");
      Journeys.on(Plans.leadAdultCareWorker()).gateway("2025-01-06")
          .refuses(scored("2025-02-03", "test", 61), "EPA-METHOD-01")
          .then(scored("2025-02-03", "test", 55));
    }

    /** EPA-METHOD-01: grade names are matched ignoring letter case. */
    @Test
    void gradesIgnoreCase() {
      Journeys j = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
          .then(assessed("2025-02-03", "project", "dIsTiNcTiOn"));
      assertThat(j.asOf("2025-02-03").methodGrades().head()._2.name()).isEqualTo("Distinction");
    }

    /** EPA-METHOD-02: a method is assessed once per attempt. */
    @Test
    void methodAssessedOncePerAttempt() {
      Journeys.on(Plans.seniorLeader()).gateway("2025-01-06").then(assessed("2025-02-03", "project", "Pass"))
          .refuses(assessed("2025-02-04", "project", "Distinction"), "EPA-METHOD-02");
    }

    /** EPA-ORDER-01: ST0006 takes the knowledge test before the professional discussion. */
    @Test
    void orderFixedByThePlan() {
      Journeys.on(Plans.leadAdultCareWorker()).gateway("2025-01-06")
          .refuses(assessed("2025-02-03", "discussion", "Pass"), "EPA-ORDER-01")
          .then(scored("2025-02-03", "test", 44))
          .then(assessed("2025-02-10", "discussion", "Merit"));
    }

    /** EPA-OUTCOME-01: results follow the EPA: every method is assessed first. */
    @Test
    void outcomeAfterEveryMethod() {
      Journeys.on(Plans.seniorLeader()).gateway("2025-01-06").then(assessed("2025-02-03", "project", "Pass"))
          .refuses(new Fact.OutcomeNotified(day("2025-02-04")), "EPA-OUTCOME-01");
      passedWithDistinction().refuses(new Fact.OutcomeNotified(day("2025-02-15")), "EPA-OUTCOME-01");
    }

    /** EPA-GRADE-01: the overall grade follows the table; a gap in the table refuses the outcome. */
    @Test
    void overallGradeFromTheTable() {
      JourneySnapshot s = passedWithDistinction().asOf("2025-02-14");
      assertThat(s.notifiedGrade().get().name()).isEqualTo("Distinction");
      AssessmentPlan gappy = AssessmentPlan.builder(Plans.seniorLeader().standard())
          .method(Plans.seniorLeader().methods().get(0)).method(Plans.seniorLeader().methods().get(1))
          .row("Fail", "*", "Fail").row("*", "Fail", "Fail").row("Pass", "Pass", "Pass").buildOrThrow();
      Journeys.on(gappy).gateway("2025-01-06")
          .then(assessed("2025-02-03", "project", "Distinction"))
          .then(assessed("2025-02-04", "discussion", "Pass"))
          .refuses(new Fact.OutcomeNotified(day("2025-02-05")), "EPA-GRADE-01");
    }

    /** EPA-GRADE-02: a failed method means an overall fail, whatever the table says. */
    @Test
    void failedMethodFailsOverall() {
      AssessmentPlan lenient = AssessmentPlan.builder(Plans.seniorLeader().standard())
          .method(Plans.seniorLeader().methods().get(0)).method(Plans.seniorLeader().methods().get(1))
          .row("*", "*", "Pass").buildOrThrow();
      OverallGrade g = Journeys.on(lenient).gateway("2025-01-06")
          .then(assessed("2025-02-03", "project", "Fail"))
          .then(assessed("2025-02-04", "discussion", "Pass")).asOf("2025-02-04").overallGrade();
      assertThat(g.grade().get().name()).isEqualTo("Fail");
      assertThat(g.explanation().verdict(EpaRules.GRADE_FAILED_METHOD.id()).get().status())
          .isEqualTo(dev.epakit.rules.Finding.Status.SATISFIED);
    }
  }

  @Nested
  class NoImprovementAfterAPass {
    /**
     * EPA-PASS-01: "A resit or a retake cannot be taken to improve the original grade if an
     * apprentice has passed their EPA."
     */
    @Test
    void noResitOrRetakeAfterAPass() {
      Journeys j = passedWithDistinction();
      j.refuses(resit("2025-02-20", PROJECT), "EPA-PASS-01");
      j.refuses(retake("2025-02-20", PROJECT, DISCUSSION), "EPA-PASS-01");
      j.refuses(new Fact.FurtherAttemptRecommended(day("2025-02-20"), AttemptKind.RESIT), "EPA-PASS-01");
    }

    /** EPA-PASS-02: after a pass no method is assessed again. */
    @Test
    void noAssessmentAfterAPass() {
      passedWithDistinction().refuses(assessed("2025-03-01", "project", "Distinction"), "EPA-PASS-02");
    }

    /** EPA-PASS-02 / EPA-APPEAL-02: only an upheld appeal changes a grade after a pass. */
    @Test
    void upheldAppealChangesTheGrade() {
      Journeys j = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
          .then(assessed("2025-02-03", "project", "Pass"))
          .then(assessed("2025-02-10", "discussion", "Distinction"))
          .notified("2025-02-14")
          .then(new Fact.AppealLodged(day("2025-02-20")))
          .then(Fact.AppealDecided.upheld(day("2025-03-10"), PROJECT, "Distinction"));
      assertThat(j.asOf("2025-03-10").notifiedGrade().get().name()).isEqualTo("Distinction");
      assertThat(j.asOf("2025-03-09").notifiedGrade().get().name()).isEqualTo("Pass");
    }
  }

  @Nested
  class ResitsAndRetakes {
    /** EPA-FURTHER-01: "Apprentices who fail all or part of their EPA are able to do a resit or retake." */
    @Test
    void furtherAttemptFollowsAFail() {
      Journeys.on(Plans.seniorLeader()).gateway("2025-01-06").refuses(resit("2025-01-10", PROJECT), "EPA-FURTHER-01");
      failedProject().then(resit("2025-03-01", PROJECT)).then(assessed("2025-03-02", "project", "Fail"))
          .refuses(resit("2025-03-03", PROJECT), "EPA-FURTHER-01");
    }

    /** EPA-FURTHER-01: an unstarted booking may be replaced, and counts once. */
    @Test
    void unstartedBookingMayBeReplaced() {
      Journeys j = failedProject().then(resit("2025-03-01", PROJECT));
      // not started yet: rebooking as a retake is a change of plan, not a second attempt
      j.then(retake("2025-03-05", PROJECT));
      assertThat(j.asOf("2025-03-05").furtherAttempts()).isEqualTo(1);
    }

    /** EPA-FURTHER-02: "A resit involves the apprentice sitting one or more failed EPA components again." */
    @Test
    void resitOnlyFailedMethods() {
      failedProject().refuses(resit("2025-03-01", PROJECT, DISCUSSION), "EPA-FURTHER-02")
          .refuses(retake("2025-03-01", PROJECT, DISCUSSION), "EPA-FURTHER-02")
          .then(resit("2025-03-01", PROJECT))
          .refuses(assessed("2025-03-10", "discussion", "Distinction"), "EPA-METHOD-02");
    }

    /** EPA-FURTHER-03: some plans require the whole EPA again when more than one method failed. */
    @Test
    void wholeEpaWhenMoreThanOneFailed() {
      Journeys j = Journeys.on(Plans.wholeEpaWhenTwoFail()).gateway("2025-01-06")
          .then(assessed("2025-02-03", "observation", "Fail"))
          .then(assessed("2025-02-04", "interview", "Fail"))
          .notified("2025-02-10");
      j.refuses(Fact.FurtherAttemptBooked.retake(day("2025-02-20"), Set.of(MethodId.of("observation"))), "EPA-FURTHER-03");
      j.then(Fact.FurtherAttemptBooked.retake(day("2025-02-20"), Set.of(MethodId.of("observation"), MethodId.of("interview"))));
    }

    /** EPA-FURTHER-04: the employer must agree that a resit or retake is appropriate (Senior leader plan). */
    @Test
    void employerAgreement() {
      failedProject().refuses(
          new Fact.FurtherAttemptBooked(day("2025-03-01"), AttemptKind.RESIT, Set.of(PROJECT), false, true, true),
          "EPA-FURTHER-04");
    }

    /** EPA-FURTHER-05: "Where required, confirm fees for resits or retakes with the employer." */
    @Test
    void feesConfirmed() {
      Journeys.on(Plans.wholeEpaWhenTwoFail()).gateway("2025-01-06")
          .then(assessed("2025-02-03", "observation", "Fail"))
          .then(assessed("2025-02-04", "interview", "Pass"))
          .notified("2025-02-10")
          .refuses(new Fact.FurtherAttemptBooked(day("2025-02-20"), AttemptKind.RESIT,
              Set.of(MethodId.of("observation")), true, false, true), "EPA-FURTHER-05");
    }

    /** EPA-FURTHER-06: ST0006 allows one further attempt. */
    @Test
    void attemptLimit() {
      Journeys.on(Plans.leadAdultCareWorker()).gateway("2025-01-06")
          .then(scored("2025-02-03", "test", 30))
          .then(assessed("2025-02-10", "discussion", "Pass"))
          .notified("2025-02-14")
          .then(Fact.FurtherAttemptBooked.resit(day("2025-02-20"), Set.of(MethodId.of("test"))))
          .then(scored("2025-03-03", "test", 38))
          .notified("2025-03-07")
          .refuses(Fact.FurtherAttemptBooked.resit(day("2025-03-10"), Set.of(MethodId.of("test"))), "EPA-FURTHER-06");
    }

    /** EPA-FURTHER-07: some plans require fresh questions or a different observation on a resit. */
    @Test
    void freshMaterials() {
      Journeys.on(Plans.leadAdultCareWorker()).gateway("2025-01-06")
          .then(scored("2025-02-03", "test", 30))
          .then(assessed("2025-02-10", "discussion", "Pass"))
          .notified("2025-02-14")
          .refuses(new Fact.FurtherAttemptBooked(day("2025-02-20"), AttemptKind.RESIT,
              Set.of(MethodId.of("test")), true, true, false), "EPA-FURTHER-07");
    }

    /** EPA-RETAKE-01: "A retake involves an apprentice doing further training before they do their EPA again." */
    @Test
    void retakeAfterTraining() {
      failedProject().then(retake("2025-03-01", PROJECT))
          .refuses(assessed("2025-04-01", "project", "Pass"), "EPA-RETAKE-01")
          .then(new Fact.FurtherTrainingCompleted(day("2025-04-01")))
          .then(assessed("2025-04-02", "project", "Pass"));
    }

    /** EPA-RETAKE-02: training is recorded for a booked retake, before its assessment. */
    @Test
    void trainingBelongsToARetake() {
      failedProject().refuses(new Fact.FurtherTrainingCompleted(day("2025-03-01")), "EPA-RETAKE-02")
          .then(resit("2025-03-01", PROJECT))
          .refuses(new Fact.FurtherTrainingCompleted(day("2025-03-02")), "EPA-RETAKE-02");
    }

    /** EPA-WINDOW-01: a resit is typically taken within 3 months of the outcome notification. */
    @Test
    void resitWindow() {
      failedProject().refuses(resit("2025-05-15", PROJECT), "EPA-WINDOW-01")
          .then(resit("2025-05-14", PROJECT))
          .refuses(assessed("2025-05-15", "project", "Pass"), "EPA-WINDOW-01");
    }

    /** EPA-WINDOW-02: a retake is typically taken within 6 months of the outcome notification. */
    @Test
    void retakeWindow() {
      failedProject().refuses(retake("2025-08-15", PROJECT), "EPA-WINDOW-02")
          .then(retake("2025-08-14", PROJECT));
    }

    /**
     * EPA-WINDOW-03: all methods within 6 months of the first outcome notification, otherwise the
     * whole EPA again.
     */
    @Test
    void hardWindow() {
      AssessmentPlan plan = Plans.seniorLeader(ResitRetakePolicy.builder().retakeWindow(Period.ofMonths(12)).build());
      Journeys.on(plan).gateway("2025-01-06")
          .then(assessed("2025-02-03", "project", "Fail"))
          .then(assessed("2025-02-10", "discussion", "Distinction"))
          .notified("2025-02-14")
          .refuses(retake("2025-09-01", PROJECT), "EPA-WINDOW-03")
          .then(retake("2025-09-01", PROJECT, DISCUSSION));
    }

    /**
     * EPA-WINDOW-03: past the hard window the whole EPA is taken again, and the resit and retake
     * windows no longer bind it.
     */
    @Test
    void wholeEpaAgainAfterTheHardWindow() {
      Journeys j = failedProject();
      j.refuses(retake("2025-10-01", PROJECT), "EPA-WINDOW-03");
      var step = j.asOf("2025-10-01").nextSteps().find(s -> s.action() == NextStep.Action.RETAKE).get();
      assertThat(step.allowed()).isTrue();
      assertThat(step.methods()).containsExactly(PROJECT, DISCUSSION);
      assertThat(step.deadline()).isEmpty();
      j.then(retake("2025-10-01", PROJECT, DISCUSSION))
          .then(new Fact.FurtherTrainingCompleted(day("2025-12-01")))
          .then(assessed("2025-12-08", "project", "Pass"))
          .then(assessed("2025-12-09", "discussion", "Pass"))
          .notified("2025-12-12");
      assertThat(j.asOf("2025-12-12").status()).isEqualTo(JourneyStatus.PASSED);
    }

    /** EPA-APPEAL-03: an open appeal is decided before a resit or retake is booked. */
    @Test
    void appealBeforeBooking() {
      failedProject().then(new Fact.AppealLodged(day("2025-02-20")))
          .refuses(resit("2025-02-21", PROJECT), "EPA-APPEAL-03");
    }
  }

  @Nested
  class Caps {
    /** EPA-CAP-01: after a resit or retake the overall grade is capped at pass. */
    @Test
    void cappedAfterResit() {
      JourneySnapshot s = failedProject().then(resit("2025-03-01", PROJECT))
          .then(assessed("2025-03-10", "project", "Distinction")).notified("2025-03-14").asOf("2025-03-14");
      assertThat(s.notifiedGrade().get().name()).isEqualTo("Pass");
      assertThat(s.overallGrade().capped()).isTrue();
      assertThat(s.overallGrade().uncapped().get().name()).isEqualTo("Distinction");
    }

    /** EPA-CAP-01 and EPA-CAP-02: exceptional circumstances lift the cap where the plan allows. */
    @Test
    void exceptionalCircumstancesLiftTheCap() {
      JourneySnapshot s = failedProject().then(resit("2025-03-01", PROJECT))
          .then(new Fact.ExceptionalCircumstancesDetermined(day("2025-03-02")))
          .then(assessed("2025-03-10", "project", "Distinction")).notified("2025-03-14").asOf("2025-03-14");
      assertThat(s.notifiedGrade().get().name()).isEqualTo("Distinction");
      assertThat(s.overallGrade().capped()).isFalse();
    }

    /** EPA-CAP-01: a plan may refuse to let exceptional circumstances lift the cap. */
    @Test
    void capNotLiftedWhenThePlanSaysSo() {
      AssessmentPlan plan = Plans.seniorLeader(ResitRetakePolicy.builder().exceptionalCircumstancesLiftCap(false).build());
      JourneySnapshot s = Journeys.on(plan).gateway("2025-01-06")
          .then(assessed("2025-02-03", "project", "Fail"))
          .then(assessed("2025-02-10", "discussion", "Distinction"))
          .notified("2025-02-14")
          .then(resit("2025-03-01", PROJECT))
          .then(new Fact.ExceptionalCircumstancesDetermined(day("2025-03-02")))
          .then(assessed("2025-03-10", "project", "Distinction")).asOf("2025-03-10");
      assertThat(s.overallGrade().grade().get().name()).isEqualTo("Pass");
    }

    /** EPA-CAP-01: Business administrator (ST0070) has no cap on resit or retake grades. */
    @Test
    void uncappedPlan() {
      JourneySnapshot s = Journeys.on(Plans.businessAdministrator()).gateway("2025-01-06")
          .then(assessed("2025-02-03", "test", "Fail"))
          .then(assessed("2025-02-10", "portfolio", "Distinction"))
          .notified("2025-02-14")
          .then(Fact.FurtherAttemptBooked.resit(day("2025-03-01"), Set.of(MethodId.of("test"))))
          .then(assessed("2025-03-10", "test", "Distinction")).asOf("2025-03-10");
      assertThat(s.overallGrade().grade().get().name()).isEqualTo("Distinction");
    }

    /** EPA-CAP-01: one plan resits with the full grade range but caps a whole-EPA retake at Pass. */
    @Test
    void capsDifferByAttemptKind() {
      Journeys j = Journeys.on(Plans.wholeEpaWhenTwoFail()).gateway("2025-01-06")
          .then(assessed("2025-02-03", "observation", "Fail"))
          .then(assessed("2025-02-04", "interview", "Distinction"))
          .notified("2025-02-10")
          .then(Fact.FurtherAttemptBooked.resit(day("2025-02-20"), Set.of(MethodId.of("observation"))))
          .then(assessed("2025-03-01", "observation", "Distinction"));
      assertThat(j.asOf("2025-03-01").overallGrade().grade().get().name()).isEqualTo("Distinction");
    }

    /** EPA-CAP-02: exceptional circumstances concern a resit or retake. */
    @Test
    void exceptionalCircumstancesNeedAFurtherAttempt() {
      failedProject().refuses(new Fact.ExceptionalCircumstancesDetermined(day("2025-02-20")), "EPA-CAP-02");
    }
  }

  @Nested
  class Appeals {
    /** EPA-APPEAL-01: appeal within the EPAO's period (here 20 working days). */
    @Test
    void appealWithinThePeriod() {
      // notified Friday 2025-02-14; 20 working days later is Friday 2025-03-14
      failedProject().refuses(new Fact.AppealLodged(day("2025-03-15")), "EPA-APPEAL-01");
      failedProject().then(new Fact.AppealLodged(day("2025-03-14")))
          .refuses(new Fact.AppealLodged(day("2025-03-14")), "EPA-APPEAL-01");
      Journeys.on(Plans.seniorLeader()).refuses(new Fact.AppealLodged(day("2025-03-14")), "EPA-APPEAL-01");
    }

    /** EPA-APPEAL-02: an appeal is decided only when open, with a grade of the plan. */
    @Test
    void appealDecidedWhenOpen() {
      failedProject().refuses(Fact.AppealDecided.rejected(day("2025-03-01")), "EPA-APPEAL-02")
          .then(new Fact.AppealLodged(day("2025-02-20")))
          .refuses(Fact.AppealDecided.upheld(day("2025-03-01"), PROJECT, "Merit"), "EPA-APPEAL-02")
          .then(Fact.AppealDecided.rejected(day("2025-03-01")));
    }
  }

  @Nested
  class SharingAndCertificates {
    static Journeys readyForCertificate() {
      return passedWithDistinction().then(Fact.ResultShared.withAll(day("2025-02-15")))
          .then(new Fact.WrittenAgreementRecorded(day("2025-02-16"), Party.APPRENTICE, AgreementPurpose.CERTIFICATE));
    }

    /** EPA-SHARE-01: results are shared after the EPA. */
    @Test
    void shareAfterOutcome() {
      Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
          .refuses(Fact.ResultShared.withAll(day("2025-01-07")), "EPA-SHARE-01");
    }

    /** EPA-AGREE-01: "written agreement from the apprentice to make this application". */
    @Test
    void certificateAgreementFromTheApprentice() {
      passedWithDistinction().refuses(
          new Fact.WrittenAgreementRecorded(day("2025-02-16"), Party.EMPLOYER, AgreementPurpose.CERTIFICATE), "EPA-AGREE-01");
    }

    /** EPA-CERT-01: "When an apprentice has achieved all the components of their EPA, ... apply for a certificate." */
    @Test
    void certificateOnlyWhenAchieved() {
      failedProject().then(Fact.ResultShared.withAll(day("2025-02-15")))
          .then(new Fact.WrittenAgreementRecorded(day("2025-02-16"), Party.APPRENTICE, AgreementPurpose.CERTIFICATE))
          .refuses(Fact.CertificateRequested.throughService(day("2025-02-17")), "EPA-CERT-01");
    }

    /** EPA-CERT-02: "You should have written agreement from the apprentice to make this application." */
    @Test
    void certificateNeedsAgreement() {
      passedWithDistinction().then(Fact.ResultShared.withAll(day("2025-02-15")))
          .refuses(Fact.CertificateRequested.throughService(day("2025-02-17")), "EPA-CERT-02");
    }

    /** EPA-CERT-03: "EPAOs should not issue their own certificates." */
    @Test
    void certificateThroughTheService() {
      readyForCertificate().refuses(
          new Fact.CertificateRequested(day("2025-02-17"), CertificateRoute.ISSUED_BY_EPAO), "EPA-CERT-03")
          .then(Fact.CertificateRequested.throughService(day("2025-02-17")));
    }

    /** EPA-CERT-04: no certificate while an appeal is open. */
    @Test
    void noCertificateDuringAnAppeal() {
      readyForCertificate().then(new Fact.AppealLodged(day("2025-02-17")))
          .refuses(Fact.CertificateRequested.throughService(day("2025-02-18")), "EPA-CERT-04");
    }

    /** EPA-CERT-05: results go to the apprentice, employer and training provider. */
    @Test
    void certificateAfterSharingWithAll() {
      passedWithDistinction()
          .then(new Fact.ResultShared(day("2025-02-15"), EnumSet.of(Party.APPRENTICE, Party.EMPLOYER), false, false))
          .then(new Fact.WrittenAgreementRecorded(day("2025-02-16"), Party.APPRENTICE, AgreementPurpose.CERTIFICATE))
          .refuses(Fact.CertificateRequested.throughService(day("2025-02-17")), "EPA-CERT-05");
    }

    /** EPA-CERT-06: one certificate. */
    @Test
    void certificateOnce() {
      readyForCertificate().then(Fact.CertificateRequested.throughService(day("2025-02-17")))
          .refuses(Fact.CertificateRequested.throughService(day("2025-02-18")), "EPA-CERT-06");
    }

    /** EPA-PUBLICITY-01: "sharing success stories, with agreement from all parties involved". */
    @Test
    void publicityNeedsEveryonesAgreement() {
      Journeys j = passedWithDistinction()
          .then(new Fact.WrittenAgreementRecorded(day("2025-02-16"), Party.APPRENTICE, AgreementPurpose.PUBLICITY))
          .then(new Fact.WrittenAgreementRecorded(day("2025-02-16"), Party.EMPLOYER, AgreementPurpose.PUBLICITY));
      j.refuses(new Fact.SuccessStoryShared(day("2025-02-17")), "EPA-PUBLICITY-01");
      j.then(new Fact.WrittenAgreementRecorded(day("2025-02-17"), Party.PROVIDER, AgreementPurpose.PUBLICITY))
          .then(new Fact.SuccessStoryShared(day("2025-02-17")));
    }

    /** EPA-PUBLICITY-02: success stories follow a successful completion. */
    @Test
    void publicityAfterSuccess() {
      failedProject().refuses(new Fact.SuccessStoryShared(day("2025-02-17")), "EPA-PUBLICITY-02");
    }
  }

  @Nested
  class Queries {
    /**
     * EPA-STATEMENT-01: "provide the apprentice and employer with a result statement showing the
     * assessment components the apprentice has failed and whether further training is needed".
     */
    @Test
    void resultStatementAfterAFail() {
      JourneySnapshot s = failedProject()
          .then(new Fact.FurtherAttemptRecommended(day("2025-02-15"), AttemptKind.RESIT)).asOf("2025-02-15");
      var statement = s.resultStatement().get();
      assertThat(statement.failedMethods()).containsExactly(PROJECT);
      assertThat(statement.overall().name()).isEqualTo("Fail");
      assertThat(statement.furtherTrainingNeeded()).contains(false);
      assertThat(statement.resitDeadline()).contains(day("2025-05-14"));
      assertThat(statement.retakeDeadline()).contains(day("2025-08-14"));
      assertThat(statement.resitCap().map(g -> g.name())).contains("Pass");
      // 20 working days from Friday 14 February 2025
      assertThat(statement.appealDeadline()).isEqualTo(day("2025-03-14"));
      assertThat(statement.wholeEpaRequired()).isFalse();
      assertThat(passedWithDistinction().asOf("2025-02-15").resultStatement().isEmpty()).isTrue();
    }

    /** EPA-STATEMENT-01: the statement says when the whole EPA must be taken again, and which caps apply. */
    @Test
    void statementWhenTheWholeEpaIsRequired() {
      JourneySnapshot s = Journeys.on(Plans.wholeEpaWhenTwoFail()).gateway("2025-01-06")
          .then(assessed("2025-02-03", "observation", "Fail"))
          .then(assessed("2025-02-04", "interview", "Fail"))
          .notified("2025-02-10").asOf("2025-02-10");
      var statement = s.resultStatement().get();
      assertThat(statement.wholeEpaRequired()).isTrue();
      assertThat(statement.failedMethods()).hasSize(2);
      // both failed, so a resit of the whole EPA re-sits only failed methods and stays possible
      assertThat(statement.resitDeadline()).contains(day("2025-03-10"));
      assertThat(statement.retakeCap().map(g -> g.name())).contains("Pass");
      assertThat(statement.resitCap()).isEmpty();
    }

    /**
     * EPA-SHARE-02 and EPA-SHARE-03: results to the apprentice, employer and provider; after a
     * fail the statement to apprentice and employer and the appeals process to employer and
     * provider.
     */
    @Test
    void notificationsOwed() {
      Journeys j = failedProject();
      assertThat(j.asOf("2025-02-14").notificationsOwed())
          .extracting(n -> n.party() + ":" + n.what())
          .containsExactly("APPRENTICE:RESULT", "APPRENTICE:RESULT_STATEMENT",
              "EMPLOYER:RESULT", "EMPLOYER:RESULT_STATEMENT", "EMPLOYER:APPEALS_PROCESS",
              "PROVIDER:RESULT", "PROVIDER:APPEALS_PROCESS");
      assertThat(j.asOf("2025-02-14").notificationsOwed().map(n -> n.rule().id().value()))
          .contains("EPA-SHARE-02", "EPA-SHARE-03", "EPA-STATEMENT-01");
      j.then(Fact.ResultShared.withAll(day("2025-02-15")));
      assertThat(j.asOf("2025-02-15").notificationsOwed()).isEmpty();
      assertThat(passedWithDistinction().asOf("2025-02-14").notificationsOwed())
          .extracting(n -> n.what().name()).containsOnly("RESULT");
    }

    /** EPA-RETAIN-01: retain EPA information in line with EQA requirements (six years by default). */
    @Test
    void retention() {
      assertThat(failedProject().asOf("2025-03-01").retainUntil()).contains(day("2031-02-14"));
      AssessmentPlan plan = Plans.seniorLeader(ResitRetakePolicy.builder().retentionPeriod(Period.ofYears(3)).build());
      assertThat(Journeys.on(plan).gateway("2025-01-06").asOf("2025-01-06").retainUntil()).contains(day("2028-01-06"));
      assertThat(Journeys.on(plan).asOf("2025-01-06").retainUntil()).isEmpty();
    }

    /** Status follows the journey; the as-of date ignores later facts. */
    @Test
    void statusAsOf() {
      Journeys j = failedProject().then(retake("2025-03-01", PROJECT));
      assertThat(j.asOf("2025-01-01").status()).isEqualTo(JourneyStatus.AWAITING_GATEWAY);
      assertThat(j.asOf("2025-01-06").status()).isEqualTo(JourneyStatus.IN_ASSESSMENT);
      assertThat(j.asOf("2025-02-10").status()).isEqualTo(JourneyStatus.AWAITING_NOTIFICATION);
      assertThat(j.asOf("2025-02-14").status()).isEqualTo(JourneyStatus.FAILED);
      assertThat(j.asOf("2025-03-01").status()).isEqualTo(JourneyStatus.AWAITING_TRAINING);
      assertThat(SharingAndCertificates.readyForCertificate()
          .then(Fact.CertificateRequested.throughService(day("2025-02-17"))).asOf("2025-02-17").status())
          .isEqualTo(JourneyStatus.CERTIFICATE_REQUESTED);
    }

    /** Next steps after a fail: resit and retake allowed with deadlines; certificate refused with why-not. */
    @Test
    void nextStepsAfterAFail() {
      var steps = failedProject().asOf("2025-02-20").nextSteps();
      NextStep resit = steps.find(s -> s.action() == NextStep.Action.RESIT).get();
      assertThat(resit.allowed()).isTrue();
      assertThat(resit.methods()).containsExactly(PROJECT);
      assertThat(resit.deadline()).contains(day("2025-05-14"));
      assertThat(resit.requirements()).anyMatch(r -> r.contains("employer"));
      NextStep certificate = steps.find(s -> s.action() == NextStep.Action.REQUEST_CERTIFICATE).get();
      assertThat(certificate.allowed()).isFalse();
      assertThat(certificate.explanation().violations().map(v -> v.ruleId().value())).contains("EPA-CERT-01", "EPA-CERT-02");
      // allowed steps come first
      assertThat(steps.takeWhile(NextStep::allowed).size()).isEqualTo(steps.count(NextStep::allowed));
    }

    /** Next steps after the windows closed: the why-not names the window rule. */
    @Test
    void nextStepsAfterTheWindowsClosed() {
      var steps = failedProject().asOf("2025-09-01").nextSteps();
      NextStep resit = steps.find(s -> s.action() == NextStep.Action.RESIT).get();
      assertThat(resit.allowed()).isFalse();
      assertThat(resit.explanation().violations().map(v -> v.ruleId().value())).contains("EPA-WINDOW-01", "EPA-WINDOW-03");
    }

    /** Certificate readiness lists what is missing. */
    @Test
    void certificateReadiness() {
      CertificateReadiness notYet = passedWithDistinction().asOf("2025-02-14").certificateReadiness();
      assertThat(notYet.ready()).isFalse();
      assertThat(notYet.missing()).hasSize(2);
      assertThat(SharingAndCertificates.readyForCertificate().asOf("2025-02-16").certificateReadiness().ready()).isTrue();
    }
  }
}
