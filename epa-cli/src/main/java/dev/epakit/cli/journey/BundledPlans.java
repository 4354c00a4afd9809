package dev.epakit.cli.journey;

import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.io.plan.PlanFileResult;
import dev.epakit.io.plan.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The example plans of the documentation ({@code docs/examples/plans}), bundled with the command
 * line for the demo and for trying the commands without a plan file at hand. Each is named by its
 * file name without {@code .yaml} (such as {@code senior-leader-st0480}); {@code senior-leader} is
 * short for the Senior leader plan, which the demo uses.
 */
public final class BundledPlans {

  private BundledPlans() {}

  private static final String DIRECTORY = "/dev/epakit/cli/plans/";
  private static final Map<String, String> FILES = new TreeMap<>(Map.of(
      "senior-leader", "senior-leader-st0480.yaml",
      "senior-leader-st0480", "senior-leader-st0480.yaml",
      "business-administrator-st0070", "business-administrator-st0070.yaml",
      "digital-technology-solutions-specialist-st0482", "digital-technology-solutions-specialist-st0482.yaml",
      "early-years-educator-st0135", "early-years-educator-st0135.yaml",
      "hairdressing-professional-st0213", "hairdressing-professional-st0213.yaml",
      "lead-adult-care-worker-st0006", "lead-adult-care-worker-st0006.yaml",
      "software-developer-st0116", "software-developer-st0116.yaml"));

  /** @return the names of the bundled plans, sorted */
  public static List<String> names() {
    return List.copyOf(FILES.keySet());
  }

  /**
   * A bundled plan by name.
   *
   * @param name a bundled plan's name
   * @return the plan, or empty when no bundled plan has that name
   * @throws IllegalStateException if the bundled file is missing or invalid (a packaging error)
   */
  public static Optional<AssessmentPlan> named(String name) {
    String file = FILES.get(name);
    if (file == null) {
      return Optional.empty();
    }
    try (InputStream in = BundledPlans.class.getResourceAsStream(DIRECTORY + file)) {
      if (in == null) {
        throw new IllegalStateException("the bundled plan " + file + " is missing from the package");
      }
      PlanFileResult result = PlanReader.standard().read(Path.of(file), in.readAllBytes());
      if (result.plan().isEmpty() || !result.errors().isEmpty()) {
        throw new IllegalStateException("the bundled plan " + file + " is not valid: " + result.errors().mkString("; "));
      }
      return Optional.of(result.plan().get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The Senior leader plan (ST0480), as {@code docs/examples/plans/senior-leader-st0480.yaml}
   * encodes it; the demo's plan.
   *
   * @return the plan
   */
  public static AssessmentPlan seniorLeader() {
    return named("senior-leader").orElseThrow();
  }
}
