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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile input for every reader, 10,000 generated inputs each: random bytes, mutated and
 * truncated valid files, huge and negative numbers, NaN and infinities, Unicode and byte-order
 * marks, CRLF, NUL bytes, ragged rows and unterminated quotes. Every input ends in a value or a
 * diagnostic: no exception escapes a reader.
 */
class ReaderFuzzProperties {

  static final String PLAN = """
      standard: ST0480
      version: "1.0"
      title: Senior leader
      source: Senior leader assessment plan, 2020
      effective: {from: 2020-03-01}
      methods:
        - {id: project, name: Project, grades: [Fail, Pass, Distinction]}
        - {id: discussion, name: Discussion, grades: [Fail, Pass, Distinction]}
      overall: {grades: [Fail, Pass, Distinction]}
      grading:
        - [Pass, "Pass+", Pass]
        - [Distinction, Pass, Pass]
        - [Distinction, Distinction, Distinction]
      policy: {resitWindow: 3 months, retakeWindow: 6 months, hardWindow: 6 months, resitCap: Pass, retakeCap: Pass}
      """;

  static final String JOURNEYS = """
      {"format": "epakit-journeys/1", "journeys": [
        {"uln": "1000102504", "givenNames": "A", "familyName": "B", "standard": "ST0480", "version": "1.0",
         "facts": [
           {"kind": "gateway-passed", "date": "2025-01-06"},
           {"kind": "method-assessed", "date": "2025-02-03", "method": "project", "grade": "Pass", "assessor": "A-1"},
           {"kind": "outcome-notified", "date": "2025-02-14"}]}]}
      """;

  static final String RESULTS = "assessor,grade,standard,method,date\nA-1,Pass,ST0480,project,2025-01-02\n"
      + "A-2,Fail,ST0480,discussion,2025-01-03\nA-1,Merit,ST0482,project,2025-02-01\n";

  static final String RATINGS = "script,A-1,A-2,A-3\ns1,Pass,Pass,Fail\ns2,Merit,,Merit\ns3,Fail,Fail,Fail\n";

  static final String SIMPLE_RESULTS = "uln,method,grade,date,assessor,attempt\n"
      + "1000102504,project,Pass,2025-02-03,A-1,1\n1000102504,discussion,Fail,2025-02-10,A-1,1\n";

  static final String ASSESSMENTS = "candidate,assessor,method,grade\nc1,A-1,project,Pass\nc1,A-2,project,Fail\n";

  private static final List<String> NASTY = List.of("\u0000", "\r\n", "\uFEFF", "\"", "'", ",", ":", "-", "[", "{",
      "}", "]", "*", "&a", "*a", "!!", "#", "\t", "NaN", "Infinity", "-Infinity", "1e309", "-99999999999999999999",
      "99999999999999999999", "é", "\uD83D\uDE00", "\u202E", "\n", " ", "~", "null", "2025-02-30", "9999999999");

  static Arbitrary<byte[]> hostile(String valid) {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, valid.length())
        .map(n -> valid.substring(0, n).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> mutated = Combinators.combine(
            Arbitraries.integers().between(0, valid.length()).list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.of(NASTY).list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.integers().between(0, 3))
        .as((positions, inserts, mode) -> {
          StringBuilder s = new StringBuilder(valid);
          for (int i = 0; i < positions.size(); i++) {
            int at = Math.min(positions.get(i), s.length());
            String piece = inserts.get(i % inserts.size());
            if (mode == 0 && at < s.length()) {
              s.deleteCharAt(at);
            } else if (mode == 1 && at < s.length()) {
              s.replace(at, Math.min(s.length(), at + piece.length()), piece);
            } else {
              s.insert(at, piece);
            }
          }
          byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
          if (mode == 3 && bytes.length > 2) {
            bytes[bytes.length / 2] = (byte) 0xC3; // a broken UTF-8 sequence
          }
          return bytes;
        });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, random), net.jqwik.api.Tuple.of(2, truncated), net.jqwik.api.Tuple.of(6, mutated));
  }

  @Provide
  Arbitrary<byte[]> plans() {
    return hostile(PLAN);
  }

  @Provide
  Arbitrary<byte[]> journeys() {
    return hostile(JOURNEYS);
  }

  @Provide
  Arbitrary<byte[]> results() {
    return hostile(RESULTS);
  }

  @Provide
  Arbitrary<byte[]> ratings() {
    return hostile(RATINGS);
  }

  @Provide
  Arbitrary<byte[]> simpleResults() {
    return hostile(SIMPLE_RESULTS);
  }

  @Provide
  Arbitrary<byte[]> assessments() {
    return hostile(ASSESSMENTS);
  }

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
