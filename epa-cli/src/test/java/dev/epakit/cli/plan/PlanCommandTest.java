package dev.epakit.cli.plan;

import dev.epakit.cli.CommandRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.cli.Epa;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanCommandTest {

  static final Path EXAMPLES = Path.of("../docs/examples/plans");
  static final Path SENIOR_LEADER = EXAMPLES.resolve("senior-leader-st0480.yaml");
  static final JsonMapper JSON = JsonMapper.builder().build();

  static CommandRun epa(String... args) {
    return CommandRun.of(args);
  }

  static Path brokenPlan(Path dir) throws IOException {
    String text = Files.readString(SENIOR_LEADER)
        .replace("resitWindow: 3 months", "resitWindow: 3 monts")
        .replace("source: >-", "sauce: >-");
    return Files.writeString(dir.resolve("broken.yaml"), text);
  }

  static int lineOf(Path file, String text) throws IOException {
    java.util.List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text);
  }

  @Test
  void validExamplesExitZero() {
    CommandRun run = epa("plan", "validate", EXAMPLES.toString());
    assertThat(run.code()).isEqualTo(Epa.OK);
    assertThat(run.out()).contains("checked 7 plan files: 0 errors, 0 warnings");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void problemsArePrintedLikeACompilerAndExitOne(@TempDir Path dir) throws IOException {
    Path broken = brokenPlan(dir);
    CommandRun run = epa("plan", "validate", broken.toString(), SENIOR_LEADER.toString());
    assertThat(run.code()).isEqualTo(Epa.FINDINGS);
    assertThat(run.out()).contains(broken + ":" + lineOf(broken, "sauce:") + ":1: error key.unknown unknown key 'sauce' (did you mean 'source'?)");
    assertThat(run.out()).contains(broken + ":" + lineOf(broken, "3 monts") + ":16: error value.invalid '3 monts' is not a duration");
    assertThat(run.out()).contains("checked 2 plan files: 2 errors, 0 warnings");
  }

  @Test
  void warningsFailOnlyWhenAsked(@TempDir Path dir) throws IOException {
    Path plan = Files.writeString(dir.resolve("p.yaml"), Files.readString(SENIOR_LEADER)
        .replace("retakeCap: Pass", "retakeCap: Distinction"));
    assertThat(epa("plan", "validate", plan.toString()).code()).isEqualTo(Epa.OK);
    CommandRun strict = epa("plan", "validate", "--fail-on-warning", plan.toString());
    assertThat(strict.code()).isEqualTo(Epa.FINDINGS);
    assertThat(strict.out()).contains("warning policy.cap-highest");
  }

  @Test
  void jsonOutput(@TempDir Path dir) throws IOException {
    Path broken = brokenPlan(dir);
    CommandRun run = epa("plan", "validate", "--format", "json", broken.toString(), SENIOR_LEADER.toString());
    assertThat(run.code()).isEqualTo(Epa.FINDINGS);
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("valid").asBoolean()).isFalse();
    assertThat(root.get("errors").asInt()).isEqualTo(2);
    JsonNode first = root.get("files").get(0);
    assertThat(first.get("file").asString()).isEqualTo(broken.toString());
    assertThat(first.get("plan").isNull()).isTrue();
    JsonNode d = first.get("diagnostics").get(0);
    assertThat(d.get("line").asInt()).isEqualTo(lineOf(broken, "sauce:"));
    assertThat(d.get("column").asInt()).isEqualTo(1);
    assertThat(d.get("severity").asString()).isEqualTo("error");
    assertThat(d.get("code").asString()).isEqualTo("key.unknown");
    assertThat(d.get("path").asString()).isEqualTo("sauce");
    JsonNode second = root.get("files").get(1);
    assertThat(second.get("valid").asBoolean()).isTrue();
    assertThat(second.get("plan").get("standard").asString()).isEqualTo("ST0480");
  }

  @Test
  void sarifOutput(@TempDir Path dir) throws IOException {
    Path broken = brokenPlan(dir);
    CommandRun run = epa("plan", "validate", "--format", "sarif", broken.toString(), dir.resolve("missing.yaml").toString());
    assertThat(run.code()).isEqualTo(Epa.USAGE);
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("version").asString()).isEqualTo("2.1.0");
    assertThat(root.get("$schema").asString()).contains("sarif-2.1.0");
    JsonNode sarifRun = root.get("runs").get(0);
    JsonNode rules = sarifRun.get("tool").get("driver").get("rules");
    assertThat(rules.size()).isGreaterThan(40);
    JsonNode results = sarifRun.get("results");
    assertThat(results.size()).isEqualTo(3);
    JsonNode first = results.get(0);
    assertThat(first.get("ruleId").asString()).isEqualTo("key.unknown");
    assertThat(rules.get(first.get("ruleIndex").asInt()).get("id").asString()).isEqualTo("key.unknown");
    assertThat(first.get("level").asString()).isEqualTo("error");
    assertThat(first.get("message").get("text").asString()).contains("did you mean 'source'");
    JsonNode location = first.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asString()).startsWith("file:").endsWith("broken.yaml");
    assertThat(location.get("region").get("startLine").asInt()).isEqualTo(lineOf(broken, "sauce:"));
    assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(1);
    JsonNode missing = results.get(2);
    assertThat(missing.get("ruleId").asString()).isEqualTo("file.not-found");
    assertThat(missing.get("locations").get(0).get("physicalLocation").has("region")).isFalse();
  }

  @Test
  void relativePathsAreRelativeUris() {
    assertThat(ValidationSarif.uri(Path.of("plans", "my plan.yaml"))).isEqualTo("plans/my%20plan.yaml");
  }

  @Test
  void unreadableOrHostileInputEndsQuicklyWithoutAStackTrace(@TempDir Path dir) throws IOException {
    Path binary = Files.write(dir.resolve("binary.yaml"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
    Path deep = Files.writeString(dir.resolve("deep.yaml"), "title: " + "[".repeat(200_000));
    StringBuilder bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
    }
    Path aliases = Files.writeString(dir.resolve("bomb.yaml"), bomb.toString());
    Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
    Path emptyDir = Files.createDirectories(dir.resolve("nothing-here"));
    Object[][] cases = {
        {dir.resolve("missing.yaml"), Epa.USAGE, "file.not-found"},
        {binary, Epa.FINDINGS, "file.binary"},
        {deep, Epa.FINDINGS, "yaml.too-deep"},
        {aliases, Epa.FINDINGS, "yaml.aliases"},
        {empty, Epa.FINDINGS, "file.empty"},
        {emptyDir, Epa.FINDINGS, "directory.no-plans"},
    };
    for (Object[] c : cases) {
      CommandRun run = epa("plan", "validate", c[0].toString());
      assertThat(run.code()).as(c[2].toString()).isEqualTo(c[1]);
      assertThat(run.out()).contains(c[2].toString());
      assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(epa("plan", "validate").code()).isEqualTo(Epa.USAGE);
    assertThat(epa("plan", "validate", "--format", "xml", SENIOR_LEADER.toString()).code()).isEqualTo(Epa.USAGE);
    assertThat(epa("plan", "explain").code()).isEqualTo(Epa.USAGE);
  }

  @Test
  void explainSaysTheWholeTableAndThePolicyInWords() {
    CommandRun run = epa("plan", "explain", SENIOR_LEADER.toString());
    assertThat(run.code()).isEqualTo(Epa.OK);
    assertThat(run.err()).isEmpty();
    String out = run.out();
    assertThat(out).startsWith("Senior leader\nStandard ST0480 1.0, in force from 2020-01-01 with no end date.\n");
    assertThat(out).contains("grading[2]: when project Pass and discussion Pass or better, the overall grade is Pass");
    assertThat(out).contains("grading[0]: when project Fail, the overall grade is Fail");
    assertThat(out).contains("Every combination of method grades (9):");
    assertThat(out).containsPattern("Distinction +Pass +Pass +\\(grading\\[3\\]\\)");
    assertThat(out).containsPattern("Distinction +Distinction +Distinction +\\(grading\\[4\\]\\)");
    assertThat(out).containsPattern("Fail +Distinction +Fail +\\(a method failed\\)");
    assertThat(out).contains("A resit (sitting failed methods again, without further training) is taken within 3 months");
    assertThat(out).contains("Every method must be achieved within 6 months of the first outcome's notification");
    assertThat(out).contains("After a resit the overall grade is capped at Pass.");
    assertThat(out).contains("exceptional circumstances");
    assertThat(out).contains("An appeal may be lodged within 20 working days");
  }

  @Test
  void explainShowsScoreBandsAndNoCap() {
    String care = epa("plan", "explain", EXAMPLES.resolve("lead-adult-care-worker-st0006.yaml").toString()).out();
    assertThat(care).contains("scores out of 60: Fail 0-39, Pass 40-49, Merit 50-54, Distinction 55-60");
    assertThat(care).contains("taken in this order");
    String admin = epa("plan", "explain", EXAMPLES.resolve("business-administrator-st0070.yaml").toString()).out();
    assertThat(admin).contains("After a resit the overall grade is not capped. After a retake the overall grade is not capped.");
    assertThat(admin).contains("Every combination of method grades (27):");
  }

  @Test
  void explainOfABrokenPlanListsItsProblems(@TempDir Path dir) throws IOException {
    CommandRun run = epa("plan", "explain", brokenPlan(dir).toString());
    assertThat(run.code()).isEqualTo(Epa.FINDINGS);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("key.unknown");
    Path gap = Files.writeString(dir.resolve("gap.yaml"), Files.readString(SENIOR_LEADER)
        .replace("  - {project: Distinction, discussion: Pass,        overall: Pass}\n", ""));
    CommandRun gapRun = epa("plan", "explain", gap.toString());
    assertThat(gapRun.code()).isEqualTo(Epa.FINDINGS);
    assertThat(gapRun.out()).containsPattern("Distinction +Pass +- +\\(no row gives a grade\\)");
    assertThat(gapRun.err()).contains("table.gap");
    assertThat(epa("plan", "explain", dir.resolve("none.yaml").toString()).code()).isEqualTo(Epa.USAGE);
  }

  @Test
  void jsonPlansValidateToo(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("plan.json");
    Files.writeString(json, "{\"title\": 1}", StandardCharsets.UTF_8);
    CommandRun run = epa("plan", "validate", json.toString());
    assertThat(run.code()).isEqualTo(Epa.FINDINGS);
    assertThat(run.out()).contains(json + ":1:1: error key.missing missing key 'standard'");
  }
}
