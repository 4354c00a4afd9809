package dev.epakit.cli.journey;

import dev.epakit.core.plan.AssessmentPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the journey commands get their assessment plans from: the one seam between them and plan
 * files.
 *
 * <p>A {@code --plan} value names either a plan bundled with EPA Kit ({@link BundledPlans}, such
 * as {@code senior-leader}) or a plan file. Plan files are read by the plan reader of epa-io
 * ({@code dev.epakit.io.plan}), which is not part of this build yet: until it is, a plan file is
 * refused with a one-line error that lists the bundled plans. Switching over is a change to
 * {@link #readFile(Path)} alone.
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

  /** Reads a plan file. The seam: replace the body with the plan reader of epa-io once it is merged. */
  private static AssessmentPlan readFile(Path path) {
    throw new InputError("cannot read plan file " + path + ": this build reads only the bundled plans ("
        + String.join(", ", BundledPlans.names()) + ")");
  }
}
