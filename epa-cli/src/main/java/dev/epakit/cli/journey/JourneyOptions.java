package dev.epakit.cli.journey;

import dev.epakit.core.plan.AssessmentPlan;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every journey command shares: plans, the journey file and the date. */
final class JourneyOptions {

  @Option(names = "--plan", required = true, paramLabel = "PLAN",
      description = "An assessment plan: a plan file or a bundled example plan (such as senior-leader). Repeat it for "
          + "journeys under several plans; each journey is checked under the plan of its standard and version.")
  List<String> plans;

  @Parameters(index = "0", paramLabel = "JOURNEYS",
      description = "The journey file (JSON, see docs/formats.md), a results CSV (name ending in .csv), or - for "
          + "standard input.")
  String journeys;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date to answer for, such as 2025-06-30 (default: today). Facts dated later are refused.")
  LocalDate asOf;

  /** @return the plans, loaded */
  List<AssessmentPlan> loadPlans() {
    return plans.stream().map(PlanSource::load).toList();
  }

  /** @return the date asked for, today when none was given (only the command line reads the clock) */
  LocalDate asOf() {
    return asOf != null ? asOf : LocalDate.now();
  }
}
