package dev.epakit.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.io.assessments.AssessmentCsv;
import dev.epakit.io.journey.JourneyReader;
import dev.epakit.io.journey.ResultsCsvImport;
import dev.epakit.io.plan.PlanReader;
import dev.epakit.io.ratings.RatingsFile;
import dev.epakit.io.ratings.ReadProgress;
import dev.epakit.io.ratings.ResultsFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Hostile input for every reader, 10,000 generated inputs each: random bytes, mutated and
 * truncated valid files, huge and negative numbers, NaN and infinities, Unicode and byte-order
 * marks, CRLF, NUL bytes, ragged rows and unterminated quotes. Every input ends in a value or a
 * diagnostic: no exception escapes a reader.
 */
class ReaderFuzzProperties extends HostileInput {

  static final PlanReader PLAN_READER = PlanReader.standard();

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.MIXIN)
  void planReaderNeverThrows(@ForAll("plans") byte[] input) {
    var result = PLAN_READER.read(Path.of("fuzz.yaml"), input);
    assertThat(result).isNotNull();
    assertThat(result.diagnostics()).noneMatch(d -> d.code().equals("reader.defect"));
  }

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.MIXIN)
  void journeyReaderNeverThrows(@ForAll("journeys") byte[] input) {
    List<Object> seen = new ArrayList<>();
    var summary = JourneyReader.create().read(new ByteArrayInputStream(input), seen::add, seen::add);
    assertThat(summary).isNotNull();
  }

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.MIXIN)
  void resultsReaderNeverThrows(@ForAll("results") byte[] input) {
    assertThat(ResultsFile.read("fuzz.csv", new ByteArrayInputStream(input), List.of(), ReadProgress.NONE)).isNotNull();
  }

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.MIXIN)
  void ratingsReaderNeverThrows(@ForAll("ratings") byte[] input) {
    assertThat(RatingsFile.read("fuzz.csv", new ByteArrayInputStream(input), List.of())).isNotNull();
  }

  static final AssessmentPlan SENIOR_LEADER = AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
      .method(AssessmentMethod.graded("project", "Project", GradeScale.failPassDistinction()))
      .method(AssessmentMethod.graded("discussion", "Discussion", GradeScale.failPassDistinction()))
      .row("Fail", "*", "Fail").row("*", "Fail", "Fail").row("Pass", "Pass+", "Pass")
      .row("Distinction", "Pass", "Pass").row("Distinction", "Distinction", "Distinction").buildOrThrow();

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.MIXIN)
  void simpleResultsImportNeverThrows(@ForAll("simpleResults") byte[] input) {
    List<Object> seen = new ArrayList<>();
    assertThat(ResultsCsvImport.create(SENIOR_LEADER).read(new ByteArrayInputStream(input), seen::add, seen::add))
        .isNotNull();
  }

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.MIXIN)
  void assessmentsReaderNeverThrows(@ForAll("assessments") byte[] input) throws IOException {
    Path file = Files.createTempFile("fuzz", ".csv");
    try {
      Files.write(file, input);
      assertThat(AssessmentCsv.read(file, List.of("candidate", "assessor", "method", "grade"), row -> java.util.Optional.empty()))
          .isNotNull();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
