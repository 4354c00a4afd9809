package dev.epakit.cli;

import dev.epakit.cli.journey.BundledPlans;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.io.journey.JourneyFile;
import dev.epakit.io.journey.JourneyReader;
import dev.epakit.io.journey.JourneyRecord;
import dev.epakit.io.statement.StatementDocument;
import dev.epakit.io.statement.StatementSettings;
import dev.epakit.rules.journey.JourneySnapshot;
import dev.epakit.rules.journey.NextStep;
import dev.epakit.rules.journey.Replay;
import dev.epakit.rules.journey.Journey;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code epa demo}: the main job on bundled examples: the Senior leader plan and a cohort of twenty
 * journeys (the resource {@code dev/epakit/cli/demo/journeys.json}, the same format as {@code epa
 * journey check} reads). Prints a summary of the journeys, the certificate readiness of the cohort
 * and one result statement.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Replay a bundled cohort of EPA journeys under the Senior leader plan and show what EPA Kit decides.",
        "The same cohort, as a file: epa journey check --plan senior-leader --as-of 2025-06-30 FILE"})
final class DemoCommand implements Callable<Integer> {

  static final String COHORT = "/dev/epakit/cli/demo/journeys.json";
  static final String STATEMENT_ULN = "2017539650";

  @Spec
  CommandSpec spec;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Where to write the assessor report (default: ${DEFAULT-VALUE}).",
      defaultValue = "epa-demo-assessors.html")
  java.nio.file.Path report;

  @Option(names = "--as-of", description = "The date to answer for (default: ${DEFAULT-VALUE}).", defaultValue = "2025-06-30")
  LocalDate asOf;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    AssessmentPlan plan = BundledPlans.seniorLeader();
    JourneyFile file;
    try (InputStream in = DemoCommand.class.getResourceAsStream(COHORT)) {
      file = JourneyReader.create().notAfter(asOf).readAll(in);
    }
    out.printf("Plan: %s (%s), methods: %s%n", plan.title(), plan.standard(), plan.methodIds().mkString(", "));
    out.printf("Cohort: %d apprentices (bundled example journeys), as of %s%n%n", file.journeys().size(), asOf);
    file.diagnostics().forEach(d -> out.println("  " + d));
    List<Replay> cohort = new ArrayList<>();
    for (JourneyRecord r : file.journeys()) {
      cohort.add(Journey.replay(plan, r.apprentice(), r.factList()));
    }
    out.printf("%-12s %-22s %-31s %-8s %s%n", "ULN", "status", "overall", "refused", "next allowed");
    for (Replay r : cohort) {
      JourneySnapshot s = r.journey().asOf(asOf);
      String next = s.nextSteps().filter(NextStep::allowed).map(n -> n.action().name().toLowerCase(Locale.ROOT)
          .replace('_', '-')).distinct().mkString(", ");
      String overall = s.notifiedGrade().map(g -> g.name() + (s.overallGrade().capped()
          ? " (capped from " + s.overallGrade().uncapped().get() + ")" : "")).getOrElse("-");
      out.printf("%-12s %-22s %-31s %-8d %s%n", r.journey().apprentice().uln().value(), s.status(), overall,
          r.refused().size(), next.isEmpty() ? "-" : next);
      for (Replay.Refusal refusal : r.refused()) {
        refusal.violations().forEach(v -> out.printf("    refused %s of %s: %s%n", refusal.fact().kind(),
            refusal.fact().date(), v));
      }
    }
    out.println();
    out.println("Certificate readiness");
    int ready = 0;
    for (Replay r : cohort) {
      JourneySnapshot s = r.journey().asOf(asOf);
      boolean isReady = s.certificateReadiness().ready();
      ready += isReady ? 1 : 0;
      out.printf("  %s: %s%n", r.journey().apprentice().uln().value(),
          isReady ? "ready to apply through the apprentice assessment service"
              : "not ready: " + s.certificateReadiness().missing().mkString("; "));
    }
    out.printf("  %d of %d ready%n%n", ready, cohort.size());
    cohort.stream().filter(r -> r.journey().apprentice().uln().value().equals(STATEMENT_ULN)).findFirst()
        .flatMap(r -> r.journey().asOf(asOf).resultStatement().toJavaOptional())
        .ifPresent(st -> {
          out.printf("Result statement for ULN %s, as of %s:%n%n", STATEMENT_ULN, asOf);
          out.print(StatementDocument.render(st, StatementSettings.generic(), StatementDocument.Format.TEXT));
          out.println();
        });
    assessorReport(out);
    out.flush();
    return Epa.OK;
  }

  /**
   * Runs the assessor review on the bundled results file, writes its HTML report and prints
   * what it found.
   *
   * @param out where the demo writes
   */
  void assessorReport(PrintWriter out) {
    try (InputStream in = DemoCommand.class.getResourceAsStream("/dev/epakit/cli/examples/results.csv")) {
      String found = dev.epakit.cli.analysis.AssessorReview.review(in, "results.csv", report);
      out.println();
      out.println("Assessor review of the bundled results (docs/examples/results.csv): " + found);
      out.println("Report written to " + report + " (open it in a browser).");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write the assessor report " + report, e);
    }
  }
}
