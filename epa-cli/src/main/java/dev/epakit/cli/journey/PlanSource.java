package dev.epakit.cli.journey;

import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.io.plan.PlanFileResult;
import dev.epakit.io.plan.PlanValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the journey commands get their assessment plans from: the one seam between them and plan
 * files.
 *
 * <p>A {@code --plan} value names either a plan bundled with EPA Kit ({@link BundledPlans}, such
 * as {@code senior-leader}) or a plan file (YAML or JSON), read and validated by the plan reader
 * of epa-io ({@code dev.epakit.io.plan.PlanValidation}). A plan file with errors is refused with a
 * one-line error (exit code 2).
 */
final class PlanSource {

  private PlanSource() {}

  /**
   * Loads a plan.
   *
   * @param spec a bundled plan's name or a plan file's path
   * @return the plan
   * @throws InputError when the plan cannot be found or read (exit code 2)
   */
  static AssessmentPlan load(String spec) {
    Optional<AssessmentPlan> bundled = BundledPlans.named(spec.strip().toLowerCase(Locale.ROOT));
    if (bundled.isPresent()) {
      return bundled.get();
    }
    Path path = Path.of(spec);
    if (!Files.isRegularFile(path)) {
      throw new InputError("no plan file " + spec + " and no bundled plan of that name (bundled: "
          + String.join(", ", BundledPlans.names()) + ")");
    }
    return readFile(path);
  }

  /** Reads a plan file with the plan reader of epa-io; any error in the file is an input error. */
  private static AssessmentPlan readFile(Path path) {
    PlanFileResult result = PlanValidation.validateFile(path);
    if (result.plan().isEmpty() || !result.errors().isEmpty()) {
      String first = result.errors().headOption().map(Object::toString)
          .getOrElse("the file holds no assessment plan");
      int more = Math.max(0, result.errors().size() - 1);
      throw new InputError("plan " + path + " is not valid: " + first
          + (more > 0 ? " (and " + more + " more; see epa plan validate)" : ""));
    }
    return result.plan().get();
  }
}
