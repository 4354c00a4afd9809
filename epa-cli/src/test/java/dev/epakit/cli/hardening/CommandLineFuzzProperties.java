package dev.epakit.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.cli.Epa;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile files through every command that reads one, in process: whatever the bytes, the command
 * ends with exit code 0, 1 or 2, prints no stack trace and reports no internal error (an exception
 * type that only a defect of EPA Kit throws, see {@code Epa.isInternal}). The readers themselves
 * get 10,000 inputs each in epa-io; here each command gets a few hundred, enough to catch a command
 * that mishandles what a reader reports.
 */
class CommandLineFuzzProperties {

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
        - [Distinction, Distinction, Distinction]
      policy: {resitWindow: 3 months, retakeWindow: 6 months, hardWindow: 6 months, resitCap: Pass}
      """;

  static final String JOURNEYS = """
      {"format": "epakit-journeys/1", "journeys": [
        {"uln": "1000102504", "givenNames": "A", "familyName": "B", "standard": "ST0480", "version": "1.0",
         "postalContact": {"contactName": "C", "organisation": "O", "addressLines": ["1 Row"], "city": "Leeds",
                           "postcode": "LS1 4AP"},
         "facts": [
           {"kind": "gateway-passed", "date": "2025-01-06"},
           {"kind": "method-assessed", "date": "2025-02-03", "method": "project", "grade": "Fail", "assessor": "A-1"},
           {"kind": "method-assessed", "date": "2025-02-04", "method": "discussion", "grade": "Pass", "assessor": "A-2"},
           {"kind": "outcome-notified", "date": "2025-02-14"}]}]}
      """;

  static final String SIMPLE_RESULTS = "uln,method,grade,date,assessor,attempt\n"
      + "1000102504,project,Pass,2025-02-03,A-1,1\n1000102504,discussion,Fail,2025-02-10,A-1,1\n";

  static final String RESULTS = "assessor,grade,standard,method,date\nA-1,Pass,ST0480,project,2025-01-02\n"
      + "A-2,Fail,ST0480,discussion,2025-01-03\nA-1,Merit,ST0482,project,2025-02-01\n";

  static final String RATINGS = "script,A-1,A-2,A-3\ns1,Pass,Pass,Fail\ns2,Merit,,Merit\ns3,Fail,Fail,Fail\n";

  static final String ASSESSMENTS = "candidate,assessor,method,grade,date,site\n"
      + "c1,A-1,project,Pass,2025-01-02,Leeds\nc1,A-2,discussion,Fail,2025-02-03,York\n"
      + "c2,A-1,discussion,Pass,2025-04-05,Leeds\nc2,A-2,project,Pass,2025-05-06,York\n";

  /** Pieces that break files in interesting ways. */
  private static final List<String> PIECES = List.of("\u0000", "\r\n", "\uFEFF", "\"", ",", ":", "[", "{", "}", "]",
      "&x", "*x", "#", "\t", "NaN", "-1e400", "99999999999999999999", "\uD83D\uDE00", "\n", "null", "2025-13-40",
      "9999999999", "=1+1");

  /** Valid text with pieces inserted, replaced or removed, cut short, or plain random bytes. */
  static Arbitrary<byte[]> spoilt(String valid) {
    Arbitrary<byte[]> edited = Combinators.combine(Arbitraries.integers().between(0, valid.length()).list()
                .ofMinSize(1).ofMaxSize(4), Arbitraries.of(PIECES), Arbitraries.of(true, false))
        .as((at, piece, replace) -> {
          StringBuilder text = new StringBuilder(valid);
          for (int i : at) {
            int from = Math.min(i, text.length());
            text.replace(from, replace ? Math.min(text.length(), from + piece.length()) : from, piece);
          }
          return text.toString().getBytes(StandardCharsets.UTF_8);
        });
    Arbitrary<byte[]> cut = Arbitraries.integers().between(0, valid.length())
        .map(n -> valid.substring(0, n).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, edited), net.jqwik.api.Tuple.of(2, cut),
        net.jqwik.api.Tuple.of(1, noise));
  }

  @Provide
  Arbitrary<byte[]> plans() {
    return spoilt(PLAN);
  }

  @Provide
  Arbitrary<byte[]> journeys() {
    return spoilt(JOURNEYS);
  }

  @Provide
  Arbitrary<byte[]> simpleResults() {
    return spoilt(SIMPLE_RESULTS);
  }

  @Provide
  Arbitrary<byte[]> results() {
    return spoilt(RESULTS);
  }

  @Provide
  Arbitrary<byte[]> ratings() {
    return spoilt(RATINGS);
  }

  @Provide
  Arbitrary<byte[]> assessments() {
    return spoilt(ASSESSMENTS);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void planCommands(@ForAll("plans") byte[] input) throws IOException {
    withFile(input, ".yaml", f -> {
      ends("plan", "validate", f);
      ends("plan", "validate", "--format", "sarif", f);
      ends("plan", "explain", f);
    });
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void journeyCommands(@ForAll("journeys") byte[] input) throws IOException {
    withFile(input, ".json", f -> {
      ends("journey", "check", "--plan", "senior-leader", "--as-of", "2025-12-31", "--format", "json", f);
      ends("statement", "--plan", "senior-leader", "--as-of", "2025-12-31", "--format", "html", f, "--uln",
          "1000102504");
      ends("export", "record-a-grade", "--plan", "senior-leader", "--as-of", "2025-12-31", f);
    });
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void simpleResultsImport(@ForAll("simpleResults") byte[] input) throws IOException {
    withFile(input, ".csv", f -> ends("journey", "check", "--plan", "senior-leader", "--as-of", "2025-12-31", f));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void analysisCommands(@ForAll("results") byte[] input) throws IOException {
    withFile(input, ".csv", f -> {
      ends("assessors", f);
      ends("assessors", "--format", "csv", f);
    });
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void agreementCommand(@ForAll("ratings") byte[] input) throws IOException {
    withFile(input, ".csv", f -> {
      ends("agreement", "--method", "krippendorff-alpha", "--level", "ordinal", "--bootstrap", "0", f);
      ends("agreement", "--method", "cohen-kappa", f);
    });
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void severityAndMaterials(@ForAll("assessments") byte[] input) throws IOException {
    withFile(input, ".csv", f -> {
      ends("severity", "--format", "json", f);
      ends("materials", "--format", "csv", f);
    });
  }

  private interface FileUse {
    void with(String file);
  }

  private static void withFile(byte[] content, String suffix, FileUse use) throws IOException {
    Path f = Files.createTempFile("epa-fuzz", suffix);
    try {
      Files.write(f, content);
      use.with(f.toString());
    } finally {
      Files.deleteIfExists(f);
    }
  }

  /** Runs the command and checks it ends as a command should, whatever its input. */
  private static void ends(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Epa.run(new PrintWriter(out), new PrintWriter(err), args);
    String said = err.toString();
    assertThat(code).as("exit code of %s; stderr: %s", String.join(" ", args), said).isIn(0, 1, 2);
    assertThat(said).as("stderr of %s", String.join(" ", args))
        .doesNotContain("internal error", "\tat ", "Exception:");
  }
}
