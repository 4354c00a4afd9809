package dev.epakit.io.plan;

import dev.epakit.io.Diagnostic;
import dev.epakit.io.ReadLimits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.plan.AssessmentPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReaderTest {

  static final Path SENIOR_LEADER = ExamplePlansTest.EXAMPLES.resolve("senior-leader-st0480.yaml");

  static final String JSON = """
      {
        "standard": "ST0480",
        "version": "1.0",
        "title": "Senior leader",
        "source": "Senior leader apprenticeship standard (ST0480), end-point assessment plan, 2020, Institute for Apprenticeships and Technical Education",
        "effective": {"from": "2020-01-01"},
        "methods": [
          {"id": "project", "name": "Strategic business proposal, presentation with questioning", "grades": ["Fail", "Pass", "Distinction"]},
          {"id": "discussion", "name": "Professional discussion underpinned by a portfolio of evidence", "grades": ["Fail", "Pass", "Distinction"]}
        ],
        "overall": {"grades": ["Fail", "Pass", "Distinction"]},
        "grading": [
          ["Fail", "*", "Fail"],
          ["*", "Fail", "Fail"],
          ["Pass", "Pass+", "Pass"],
          ["Distinction", "Pass", "Pass"],
          ["Distinction", "Distinction", "Distinction"]
        ],
        "policy": {
          "employerAgreementRequired": true,
          "wholeEpaWhenMoreThanFailed": null,
          "resitWindow": "3 months",
          "retakeWindow": "6 months",
          "hardWindow": "6 months",
          "resitCap": "Pass",
          "retakeCap": "Pass",
          "exceptionalCircumstancesLiftCap": true,
          "attemptLimit": null,
          "appealPeriod": "20 working days",
          "retentionPeriod": "6 years"
        }
      }
      """;

  static PlanFileResult read(String text) {
    return PlanReader.standard().read(Path.of("plan.yaml"), text);
  }

  @Test
  void jsonWithListRowsReadsAsTheSameYamlPlan() {
    PlanFileResult json = PlanReader.standard().read(Path.of("plan.json"), JSON);
    assertThat(json.diagnostics()).isEmpty();
    AssessmentPlan yaml = PlanValidation.validateFile(SENIOR_LEADER).plan().get();
    assertThat(json.plan().get()).isEqualTo(yaml);
  }

  @Test
  void jsonIndentedWithTabsReads() {
    String tabbed = JSON.replace("  ", "\t");
    PlanFileResult json = PlanReader.standard().read(Path.of("plan.json"), tabbed);
    assertThat(json.diagnostics()).isEmpty();
  }

  @Test
  void jsonPositionsPointAtTheValue() {
    String broken = JSON.replace("\"resitWindow\": \"3 months\"", "\"resitWindow\": \"3 monts\"")
        .replace("[\"Distinction\", \"Pass\", \"Pass\"]", "[\"Distinction\", \"Pas\", \"Pass\"]");
    PlanFileResult result = PlanReader.standard().read(Path.of("plan.json"), broken);
    assertThat(result.diagnostics().map(d -> d.code() + "@" + d.line() + ":" + d.column()))
        .containsExactly("grade.unknown@" + positionOf(broken, "\"Pas\""), "value.invalid@" + positionOf(broken, "\"3 monts\""));
    assertThat(result.diagnostics().head().field()).isEqualTo("grading[3].discussion");
    assertThat(result.diagnostics().last().field()).isEqualTo("policy.resitWindow");
  }

  /** Line and column, from 1, of the first occurrence of a text. */
  static String positionOf(String text, String needle) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int at = lines.get(i).indexOf(needle);
      if (at >= 0) {
        return (i + 1) + ":" + (at + 1);
      }
    }
    throw new AssertionError(needle);
  }

  @Test
  void everyProblemIsReportedAtOnceAndNoPlanIsGiven() {
    PlanFileResult result = PlanValidation.validateFile(BrokenPlansTest.BROKEN.resolve("many-errors.yaml"));
    assertThat(result.plan()).isEmpty();
    assertThat(result.errors()).hasSize(4);
    assertThat(result.passes(false)).isFalse();
  }

  @Test
  void planCheckFindingsStillGiveThePlan() {
    PlanFileResult result = PlanValidation.validateFile(BrokenPlansTest.BROKEN.resolve("table-gap.yaml"));
    assertThat(result.plan()).isNotEmpty();
    assertThat(result.clean()).isFalse();
  }

  @Test
  void warningsPassUnlessAskedNotTo() {
    PlanFileResult result = PlanValidation.validateFile(BrokenPlansTest.BROKEN.resolve("source-missing.yaml"));
    assertThat(result.passes(false)).isTrue();
    assertThat(result.passes(true)).isFalse();
    assertThat(result.warnings()).hasSize(1);
  }

  @Test
  void tableChecksStillRunWhenOnlyThePolicyIsBroken() {
    String text = read(JSON).plan().map(PlanWriter::toYaml).get()
        .replace("resitWindow: 3 months", "resitWindow: soon")
        .replace("  - {project: Distinction, discussion: Pass, overall: Pass}\n", "");
    PlanFileResult result = read(text);
    assertThat(result.diagnostics().map(Diagnostic::code)).containsExactly("table.gap", "value.invalid");
    assertThat(result.plan()).isEmpty();
  }

  @Test
  void aUtf8ByteOrderMarkIsAllowed() throws IOException {
    byte[] bytes = ("\uFEFF" + Files.readString(SENIOR_LEADER)).getBytes(StandardCharsets.UTF_8);
    assertThat(PlanReader.standard().read(Path.of("bom.yaml"), bytes).diagnostics()).isEmpty();
  }

  @Test
  void badInputEndsInOneDiagnosticQuickly() {
    record Case(String name, byte[] content, String code) {}
    List<Case> cases = List.of(
        new Case("empty", new byte[0], "file.empty"),
        new Case("blank", " \n\n  \n".getBytes(StandardCharsets.UTF_8), "file.empty"),
        new Case("null", "~\n".getBytes(StandardCharsets.UTF_8), "file.empty"),
        new Case("binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}, "file.binary"),
        new Case("utf16", "\uFEFFtitle: x".getBytes(StandardCharsets.UTF_16), "file.encoding"),
        new Case("latin1", "title: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "file.encoding"),
        new Case("deep flow", ("a: " + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8), "yaml.too-deep"),
        new Case("deep block", deepBlock(200).getBytes(StandardCharsets.UTF_8), "yaml.too-deep"),
        new Case("scalar root", "just a sentence\n".getBytes(StandardCharsets.UTF_8), "value.type"),
        new Case("list root", "- a\n- b\n".getBytes(StandardCharsets.UTF_8), "value.type"),
        new Case("unknown anchor", "title: *nowhere\n".getBytes(StandardCharsets.UTF_8), "yaml.syntax"),
        new Case("unclosed", "title: [a, b\n".getBytes(StandardCharsets.UTF_8), "yaml.syntax"),
        new Case("tab indent", "effective:\n\tfrom: 2020-01-01\n".getBytes(StandardCharsets.UTF_8), "yaml.syntax"),
        new Case("too large", new byte[ReadLimits.DEFAULT.maxBytes() + 1], "file.too-large"));
    for (Case c : cases) {
      long start = System.nanoTime();
      PlanFileResult result = PlanReader.standard().read(Path.of(c.name() + ".yaml"), c.content());
      assertThat((System.nanoTime() - start) / 1_000_000).as(c.name()).isLessThan(1000);
      assertThat(result.plan()).as(c.name()).isEmpty();
      assertThat(result.diagnostics().map(Diagnostic::code)).as(c.name()).contains(c.code());
    }
  }

  static String deepBlock(int depth) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      s.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    return s.append("  ".repeat(depth)).append("v\n").toString();
  }

  @Test
  void aliasesOfScalarsAreFineAndAnchorsOfListsWithinLimits() throws IOException {
    String text = Files.readString(SENIOR_LEADER)
        .replace("    grades: [Fail, Pass, Distinction]\n  - id: discussion", "    grades: &fpd [Fail, Pass, Distinction]\n  - id: discussion")
        .replace("  - id: discussion\n    name: Professional discussion underpinned by a portfolio of evidence\n    grades: [Fail, Pass, Distinction]",
            "  - id: discussion\n    name: Professional discussion underpinned by a portfolio of evidence\n    grades: *fpd")
        .replace("overall:\n  grades: [Fail, Pass, Distinction]", "overall:\n  grades: *fpd");
    assertThat(text).contains("*fpd");
    assertThat(read(text).diagnostics()).isEmpty();
  }

  @Test
  void limitsCanBeTightened() throws IOException {
    PlanReader strict = PlanReader.withLimits(new ReadLimits(100, 64, 50, 100_000));
    assertThat(strict.read(SENIOR_LEADER).diagnostics().map(Diagnostic::code)).containsExactly("file.too-large");
    PlanReader shallow = PlanReader.withLimits(new ReadLimits(1 << 20, 2, 50, 100_000));
    assertThat(shallow.read(SENIOR_LEADER).diagnostics().map(Diagnostic::code)).containsExactly("yaml.too-deep");
  }

  @Test
  void directoriesMissingPathsAndEmptyDirectories(@TempDir Path dir) throws IOException {
    Path plans = Files.createDirectories(dir.resolve("plans/sub"));
    Files.copy(SENIOR_LEADER, plans.resolve("a.yaml"));
    Files.writeString(plans.resolve("b.json"), JSON);
    Files.writeString(plans.resolve("notes.txt"), "not a plan");
    Files.createDirectories(dir.resolve("plans/.hidden"));
    Files.writeString(dir.resolve("plans/.hidden/c.yaml"), "broken: [");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    PlanValidationReport report = PlanValidation.validate(dir.resolve("plans"), empty, dir.resolve("missing.yaml"));
    assertThat(report.files().map(f -> dir.relativize(f.file()).toString().replace('\\', '/')))
        .containsExactly("plans/sub/a.yaml", "plans/sub/b.json", "empty", "missing.yaml");
    assertThat(report.diagnostics().map(Diagnostic::code)).containsExactly("directory.no-plans", "file.not-found");
    assertThat(report.hasUnreadablePaths()).isTrue();
    assertThat(report.passes(false)).isFalse();
    assertThat(PlanValidation.validate(dir.resolve("plans")).passes(true)).isTrue();
  }

  @Test
  void diagnosticsPrintLikeACompiler() {
    PlanFileResult result = PlanValidation.validateFile(BrokenPlansTest.BROKEN.resolve("value-invalid-duration.yaml"));
    assertThat(result.diagnostics().head().toString().replace('\\', '/'))
        .isEqualTo("src/test/resources/plans/broken/value-invalid-duration.yaml:22:16: error value.invalid "
            + "'3 monts' is not a duration: write a number and a unit, such as '3 months', '1 year 6 months', '2 weeks' or '28 days'");
  }

  @Test
  void theCatalogueHasEveryCodeOnce() {
    assertThat(DiagnosticCode.all().map(DiagnosticCode::code).distinct()).hasSize(DiagnosticCode.all().size());
  }
}
