package dev.epakit.cli.journey;

import dev.epakit.core.identity.Standard;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.io.journey.JourneyDiagnostic;
import dev.epakit.io.journey.JourneyReader;
import dev.epakit.io.journey.JourneyRecord;
import dev.epakit.io.journey.ReadSummary;
import dev.epakit.io.journey.ResultsCsvImport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the journeys a command is given: a journey file (JSON) or, when the name ends in {@code
 * .csv}, the simple results CSV; {@code -} is standard input (JSON).
 */
final class JourneyInput {

  private JourneyInput() {}

  /**
   * Streams the journeys of a file.
   *
   * @param name the file as the user named it
   * @param plans the plans given (the CSV import takes the standard and methods from the first)
   * @param notAfter the latest date a fact may have
   * @param journeys receives each journey
   * @param diagnostics receives each problem
   * @return what the reading came to
   * @throws InputError when the file cannot be opened
   */
  static ReadSummary read(String name, List<AssessmentPlan> plans, LocalDate notAfter,
      Consumer<? super JourneyRecord> journeys, Consumer<? super JourneyDiagnostic> diagnostics) {
    InputStream in = open(name);
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return ResultsCsvImport.create(plans.get(0)).notAfter(notAfter).read(in, journeys, diagnostics);
    }
    return JourneyReader.create().notAfter(notAfter).read(in, journeys, diagnostics);
  }

  static InputStream open(String name) {
    if (name.equals("-")) {
      return new BufferedInputStream(System.in, 1 << 16);
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new InputError(name + " is a directory, not a journey file");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new InputError("no such file: " + name);
    } catch (IOException e) {
      throw new InputError("cannot read " + name + ": " + e.getMessage());
    }
  }

  /**
   * The plan for a journey's standard: same reference and version, and the same option when the
   * plan names one.
   *
   * @param plans the plans given
   * @param standard the journey's standard
   * @return the plan, or empty
   */
  static Optional<AssessmentPlan> planFor(List<AssessmentPlan> plans, Standard standard) {
    for (AssessmentPlan p : plans) {
      Standard s = p.standard();
      if (s.reference().equals(standard.reference()) && s.version().equals(standard.version())
          && (s.option().isEmpty() || s.option().equals(standard.option()))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
