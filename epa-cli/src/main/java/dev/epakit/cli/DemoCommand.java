package dev.epakit.cli;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.AssessorId;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.journey.Party;
import dev.epakit.core.outcome.ResultStatement;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import dev.epakit.rules.journey.Journey;
import dev.epakit.rules.journey.JourneySnapshot;
import dev.epakit.rules.journey.NextStep;
import dev.epakit.rules.journey.Replay;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code epa demo}: the main job on a bundled example cohort under the Senior leader plan. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Replay a bundled cohort of EPA journeys and show what EPA Kit decides.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--as-of", description = "The date to answer for (default: ${DEFAULT-VALUE}).", defaultValue = "2025-06-30")
  LocalDate asOf;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    AssessmentPlan plan = seniorLeader();
    out.printf("Plan: %s (%s), methods: %s%n%n", plan.title(), plan.standard(), plan.methodIds().mkString(", "));
    List<Replay> cohort = cohort(plan);
    out.printf("%-12s %-22s %-12s %-9s %s%n", "ULN", "status", "overall", "refused", "next allowed");
    for (Replay r : cohort) {
      JourneySnapshot s = r.journey().asOf(asOf);
      String next = s.nextSteps().filter(NextStep::allowed).map(n -> n.action().name().toLowerCase().replace('_', '-'))
          .distinct().mkString(", ");
      out.printf("%-12s %-22s %-12s %-9d %s%n", r.journey().apprentice().uln().value(), s.status(),
          s.notifiedGrade().map(g -> g.name() + (s.overallGrade().capped() ? " (capped)" : "")).getOrElse("-"),
          r.refused().size(), next.isEmpty() ? "-" : next);
      for (Replay.Refusal refusal : r.refused()) {
        refusal.violations().forEach(v -> out.printf("    refused %s on %s: %s%n", refusal.fact().kind(), refusal.fact().date(), v));
      }
    }
    out.println();
    for (Replay r : cohort) {
      JourneySnapshot s = r.journey().asOf(asOf);
      out.printf("Certificate for %s: %s%n", r.journey().apprentice().uln().value(),
          s.certificateReadiness().ready() ? "ready to apply through the apprentice assessment service"
              : "not ready: " + s.certificateReadiness().missing().mkString("; "));
    }
    out.println();
    cohort.stream().map(r -> r.journey().asOf(LocalDate.of(2025, 3, 1)).resultStatement())
        .filter(o -> o.isDefined()).findFirst().ifPresent(st -> print(out, st.get()));
    return Epa.OK;
  }

  private static void print(PrintWriter out, ResultStatement st) {
    out.printf("Result statement for ULN %s, %s (%s), as of %s%n", st.apprentice().uln().value(), st.planTitle(),
        st.standard(), st.asOf());
    st.methods().forEach(m -> out.printf("  %-12s %s%n", m.method(), m.grade()));
    out.printf("  overall: %s; failed: %s%n", st.overall(), st.failedMethods().mkString(", "));
    out.printf("  further training needed: %s%n", st.furtherTrainingNeeded().map(b -> b ? "yes (retake)" : "no (resit)").orElse("to be agreed"));
    st.resitDeadline().ifPresent(d -> out.printf("  resit by %s, overall grade capped at %s%n", d,
        st.resitCap().map(Object::toString).orElse("no cap")));
    st.retakeDeadline().ifPresent(d -> out.printf("  retake by %s, overall grade capped at %s%n", d,
        st.retakeCap().map(Object::toString).orElse("no cap")));
    out.printf("  appeal by %s (%s from notification)%n", st.appealDeadline(), st.appealPeriod());
  }

  static AssessmentPlan seniorLeader() {
    GradeScale fpd = GradeScale.failPassDistinction();
    return AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
        .title("Senior leader")
        .method(AssessmentMethod.graded("project", "Work-based project with presentation and questioning", fpd))
        .method(AssessmentMethod.graded("discussion", "Professional discussion underpinned by a portfolio", fpd))
        .overallScale(fpd)
        .row("Fail", "*", "Fail").row("*", "Fail", "Fail")
        .row("Pass", "Pass+", "Pass").row("Distinction", "Pass", "Pass")
        .row("Distinction", "Distinction", "Distinction")
        .policy(ResitRetakePolicy.typical())
        .source("Senior leader assessment plan, ST0480, 2020")
        .buildOrThrow();
  }

  private static Fact assessed(String date, String method, String grade) {
    return new Fact.MethodAssessed(LocalDate.parse(date), MethodId.of(method), Mark.grade(grade), AssessorId.of("A-01"));
  }

  private static Fact on(String date, java.util.function.Function<LocalDate, Fact> f) {
    return f.apply(LocalDate.parse(date));
  }

  private static List<Replay> cohort(AssessmentPlan plan) {
    Replay distinction = Journey.replay(plan, Apprentice.of(Uln.of("1000102504")), List.of(
        on("2025-01-06", Fact.GatewayPassed::new), assessed("2025-02-03", "project", "Distinction"),
        assessed("2025-02-10", "discussion", "Distinction"), on("2025-02-14", Fact.OutcomeNotified::new),
        on("2025-02-15", Fact.ResultShared::withAll),
        on("2025-02-20", d -> new Fact.WrittenAgreementRecorded(d, Party.APPRENTICE, AgreementPurpose.CERTIFICATE))));
    Replay resit = Journey.replay(plan, Apprentice.of(Uln.of("9276308686")), List.of(
        on("2025-01-06", Fact.GatewayPassed::new), assessed("2025-02-03", "project", "Fail"),
        assessed("2025-02-10", "discussion", "Distinction"), on("2025-02-14", Fact.OutcomeNotified::new),
        on("2025-02-15", Fact.ResultShared::withAll),
        on("2025-03-03", d -> Fact.FurtherAttemptBooked.resit(d, Set.of(MethodId.of("project")))),
        assessed("2025-04-07", "project", "Distinction"), on("2025-04-11", Fact.OutcomeNotified::new),
        // a second resit after the pass is refused: no improvement after a pass
        on("2025-04-14", d -> Fact.FurtherAttemptBooked.resit(d, Set.of(MethodId.of("project"))))));
    Replay inProgress = Journey.replay(plan, Apprentice.of(Uln.of("1234567899")), List.of(
        on("2025-05-12", Fact.GatewayPassed::new), assessed("2025-06-02", "project", "Pass")));
    Replay lapsed = Journey.replay(plan, Apprentice.of(Uln.of("1000000000")), List.of(
        on("2024-09-02", Fact.GatewayPassed::new), assessed("2024-10-07", "project", "Pass"),
        assessed("2024-10-14", "discussion", "Fail"), on("2024-10-18", Fact.OutcomeNotified::new)));
    return List.of(distinction, resit, inProgress, lapsed);
  }
}
