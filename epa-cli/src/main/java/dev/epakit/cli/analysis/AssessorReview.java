package dev.epakit.cli.analysis;

import dev.epakit.analysis.variance.AssessorVariance;
import dev.epakit.analysis.variance.VarianceOptions;
import dev.epakit.io.Diagnostic;
import dev.epakit.io.ratings.ReadProgress;
import dev.epakit.io.ratings.Results;
import dev.epakit.io.ratings.ResultsFile;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The assessor review that {@code epa assessors} runs, with default options, for other commands
 * (the demo): read a results file, analyse it, write the HTML report and say in one line what it
 * found.
 */
public final class AssessorReview {

  private AssessorReview() {}

  /**
   * Reviews a results file.
   *
   * @param results the bytes of a results CSV, not {@code null}
   * @param name the file's name, for the report
   * @param html where to write the HTML report
   * @return one line for people: how many assessors and results, and who is flagged
   * @throws IOException if the report cannot be written
   * @throws IllegalArgumentException if the results file has problems (the message lists them)
   */
  public static String review(InputStream results, String name, Path html) throws IOException {
    Validation<Seq<Diagnostic>, Results> read = ResultsFile.read(name, results, List.of(), ReadProgress.NONE);
    if (read.isInvalid()) {
      throw new IllegalArgumentException(read.getError().mkString("; "));
    }
    AssessorAnalysis analysis = AssessorAnalysis.run(read.get(), VarianceOptions.defaults());
    Files.writeString(html, AssessorReport.html(analysis, name), StandardCharsets.UTF_8);
    List<String> flagged = analysis.byName().stream().filter(v -> AssessorReport.isFlagged(v.flag()))
        .map(v -> analysis.assessorName(v.assessor()) + " " + v.flag().name().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.toList());
    return analysis.report.assessors().size() + " assessors, " + read.get().size() + " results; "
        + (flagged.isEmpty() ? "no assessor flagged" : "flagged: " + String.join(", ", flagged));
  }
}
