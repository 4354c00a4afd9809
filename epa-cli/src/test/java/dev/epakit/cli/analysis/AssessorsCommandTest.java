package dev.epakit.cli.analysis;

import dev.epakit.cli.CommandRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.cli.CsvRead;
import dev.epakit.cli.Epa;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class AssessorsCommandTest {

  @TempDir
  Path dir;

  private static Map<String, String> flags(JsonNode json) {
    Map<String, String> flags = new TreeMap<>();
    json.get("assessors").forEach(a -> flags.put(a.get("assessor").asString(), a.get("flag").asString()));
    return flags;
  }

  @Test
  void theBundledExampleFlagsThePlantedAssessorsAndNoOrdinaryOne() {
    CommandRun run = CommandRun.of("assessors", Examples.RESULTS.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isEqualTo(Epa.OK);
    assertThat(run.err()).isEmpty();
    Map<String, String> flags = flags(run.json());
    assertThat(flags).hasSize(30);
    assertThat(flags).containsEntry("A-07", "generous").containsEntry("A-19", "harsh")
        .containsEntry("A-28", "too-few").containsEntry("A-29", "too-few");
    flags.keySet().removeAll(List.of("A-07", "A-19", "A-28", "A-29"));
    assertThat(flags.values()).containsOnly("within");
  }

  @Test
  void theJsonFieldNamesAreTheContract() {
    JsonNode json = CommandRun.of("assessors", Examples.RESULTS.toString(), "--format", "json").json();
    assertThat(names(json)).contains("pooled", "phi", "tau2", "assessors");
    assertThat(json.get("pooled").isNumber()).isTrue();
    JsonNode a = json.get("assessors").get(0);
    assertThat(names(a)).contains("assessor", "n", "passes", "passRate", "expectedPassRate",
        "lower95", "upper95", "lower998", "upper998", "z", "p", "q", "shrunkRate", "flag");
    assertThat(a.get("assessor").asString()).isEqualTo("A-01"); // sorted by identifier
    JsonNode few = null;
    for (JsonNode x : json.get("assessors")) {
      if (x.get("assessor").asString().equals("A-28")) {
        few = x;
      }
    }
    assertThat(few.get("lower95").isNull()).isTrue();
    assertThat(few.get("q").isNull()).isTrue();
    assertThat(few.get("n").asLong()).isPositive();
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }

  @Test
  void textOutputNamesThePlantedAssessorsInPlainWords() {
    CommandRun run = CommandRun.of("assessors", Examples.RESULTS.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("We looked at 3,719 results graded by 30 assessors")
        .contains("Assessor A-07 passed 154 of 160 results")
        .contains("Assessor A-19 passed 86 of 150 results")
        .doesNotContain("NaN");
  }

  @Test
  void csvHasOneRowPerAssessorWithTheFiguresOfTheJson() {
    CommandRun run = CommandRun.of("assessors", Examples.RESULTS.toString(), "--format", "csv");
    assertThat(run.code()).as(run.err()).isEqualTo(Epa.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("\"assessor\",\"n\",").contains("\r\n");
    List<List<String>> rows = CsvRead.rows(run.out());
    List<String> header = rows.get(0);
    assertThat(header).startsWith("assessor", "n", "passes", "passRate", "expectedPassRate",
        "lower95", "upper95", "lower998", "upper998", "z", "p", "q", "shrunkRate", "shrunkLower",
        "shrunkUpper", "flag", "gradeP", "gradeQ", "note")
        .endsWith("grade Fail", "grade Pass", "grade Merit", "grade Distinction");
    assertThat(rows).hasSize(31);
    JsonNode json = CommandRun.of("assessors", Examples.RESULTS.toString(), "--format", "json").json();
    boolean negative = false;
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      JsonNode a = json.get("assessors").get(i - 1);
      assertThat(row).hasSize(header.size());
      assertThat(row.get(0)).isEqualTo(a.get("assessor").asString());
      assertThat(Long.parseLong(row.get(1))).isEqualTo(a.get("n").asLong());
      assertThat(Double.parseDouble(row.get(3))).isEqualTo(a.get("passRate").asDouble());
      assertThat(row.get(header.indexOf("flag"))).isEqualTo(a.get("flag").asString());
      if (a.get("z").isNull()) {
        assertThat(row.get(header.indexOf("z"))).isEmpty();
        assertThat(row.get(header.indexOf("note"))).isEqualTo(a.get("note").asString());
      } else {
        double z = Double.parseDouble(row.get(header.indexOf("z")));
        assertThat(z).isEqualTo(a.get("z").asDouble());
        negative |= z < 0;
      }
      long total = 0;
      for (int g = header.indexOf("grade Fail"); g < header.size(); g++) {
        total += Long.parseLong(row.get(g));
      }
      assertThat(total).isEqualTo(a.get("n").asLong());
    }
    // a negative z-score is a number in the spreadsheet, not neutralised text
    assertThat(negative).isTrue();
    assertThat(run.out()).doesNotContain("'-");
  }

  @Test
  void csvNeutralisesFormulasInAssessorIdsAndGradeNames() throws IOException {
    StringBuilder csv = new StringBuilder("assessor,grade\n");
    for (int i = 0; i < 30; i++) {
      csv.append("\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",").append(i % 4 == 0 ? "-fail" : "@pass").append('\n');
      csv.append("+A-2,").append(i % 5 == 0 ? "-fail" : "@pass").append('\n');
      csv.append("\"B;=1+1\",").append(i % 3 == 0 ? "-fail" : "@pass").append('\n');
    }
    Path file = dir.resolve("formulas.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("assessors", file.toString(), "--scale", "-fail,@pass", "--format", "csv");
    assertThat(run.code()).as(run.err()).isEqualTo(Epa.OK);
    List<List<String>> rows = CsvRead.rows(run.out());
    assertThat(rows.get(0)).endsWith("grade -fail", "grade @pass");
    assertThat(rows.stream().map(r -> r.get(0)).toList()).containsExactlyInAnyOrder(
        "assessor", "'=HYPERLINK(\"http://evil\",\"x\")", "'+A-2", "B;=1+1");
    for (List<String> row : rows) {
      for (String cell : row) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
      }
    }
  }

  @Test
  void anUnknownFormatIsAUsageErrorThatListsCsv() {
    CommandRun run = CommandRun.of("assessors", Examples.RESULTS.toString(), "--format", "xlsx");
    assertThat(run.code()).isEqualTo(Epa.USAGE);
    assertThat(run.err()).contains("text, json, csv").doesNotContain("Exception");
  }

  @Test
  void theHtmlReportIsSelfContainedAndEscapesHostileValues() throws IOException {
    StringBuilder csv = new StringBuilder("assessor,grade\n");
    for (int i = 0; i < 40; i++) {
      csv.append("<script>alert(1)</script>,").append(i % 4 == 0 ? "Fail" : "Pass").append('\n');
      csv.append("\"B \"\"&\"\" co\",").append(i % 5 == 0 ? "Fail" : "Pass").append('\n');
    }
    Path file = dir.resolve("hostile <b>.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    Path html = dir.resolve("report.html");
    CommandRun run = CommandRun.of("assessors", file.toString(), "--html", html.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String page = Files.readString(html);
    assertThat(page).doesNotContain("<script").doesNotContain("<b>.csv")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("B &quot;&amp;&quot; co")
        .contains("hostile &lt;b&gt;.csv")
        .doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:")
        .doesNotContain("src=").doesNotContain("@import")
        .contains("<svg").contains("What we found");
  }

  @Test
  void theHtmlReportOfTheExampleHasThePlotTheGradesAndTheFindings() throws IOException {
    Path html = dir.resolve("report.html");
    CommandRun run = CommandRun.of("assessors", Examples.RESULTS.toString(), "--html", html.toString());
    assertThat(run.code()).isZero();
    String page = Files.readString(html);
    assertThat(page).contains("Funnel plot").contains("Grade distributions")
        .contains("Assessor A-07 passed").contains("not a conclusion about the assessor")
        .doesNotContain("http");
    // every assessor is a labelled point with a tooltip
    assertThat(page.split("<g><title>", -1)).hasSize(31);
  }

  @Test
  void badRowsGiveLineNumberedMessagesAndExitOne() throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "assessor,grade,date\nA,Pass,2025-01-01\nB,Pas,2025-01-01\nC,Pass\n");
    CommandRun run = CommandRun.of("assessors", file.toString(), "--scale", "Fail,Pass");
    assertThat(run.code()).isEqualTo(Epa.FINDINGS);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("bad.csv:3:2: error grade.unknown column 'grade': unknown grade 'Pas': the declared scale is Fail, Pass")
        .contains("bad.csv:4: error row.width the row has 2 values but the header has 3 columns")
        .contains("bad.csv has rows that cannot be used")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void unreadableFilesExitTwo() throws IOException {
    Path missingColumn = dir.resolve("columns.csv");
    Files.writeString(missingColumn, "assessor,result\nA,Pass\n");
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "assessor,grade\nJos\u00e9,Pass\n".getBytes(StandardCharsets.ISO_8859_1));
    for (Path p : List.of(missingColumn, empty, latin1, dir.resolve("nowhere.csv"))) {
      CommandRun run = CommandRun.of("assessors", p.toString());
      assertThat(run.code()).as(p.toString()).isEqualTo(Epa.USAGE);
      assertThat(run.err()).startsWith("epa: ").doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(CommandRun.of("assessors", latin1.toString()).err()).contains("latin1.csv:2: error file.encoding the file is not valid UTF-8");
    assertThat(CommandRun.of("assessors", missingColumn.toString()).err()).contains("columns.csv:1: error header.missing the header has no 'grade' column");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CommandRun.of("assessors", Examples.RESULTS.toString(), "--limits", "poisson").code()).isEqualTo(Epa.USAGE);
    assertThat(CommandRun.of("assessors", Examples.RESULTS.toString(), "--fdr", "2").code()).isEqualTo(Epa.USAGE);
    assertThat(CommandRun.of("assessors", Examples.RESULTS.toString(), "--scale", "Pass").code()).isEqualTo(Epa.USAGE);
    assertThat(CommandRun.of("assessors").code()).isEqualTo(Epa.USAGE);
  }

  @Test
  void flaggingByFalseDiscoveryRateAndOtherLimitMethods() {
    for (String[] extra : List.of(new String[] {"--fdr", "0.05"}, new String[] {"--limits", "normal"},
        new String[] {"--limits", "arcsine", "--overdispersion", "multiplicative"},
        new String[] {"--adjust", "holm", "--overdispersion", "none"})) {
      List<String> args = new ArrayList<>(List.of("assessors", Examples.RESULTS.toString(), "--format", "json"));
      args.addAll(List.of(extra));
      CommandRun run = CommandRun.of(args.toArray(String[]::new));
      assertThat(run.code()).as(String.join(" ", extra)).isZero();
      Map<String, String> flags = flags(run.json());
      assertThat(flags).as(String.join(" ", extra)).containsEntry("A-07", "generous").containsEntry("A-19", "harsh");
    }
    assertThat(CommandRun.of("assessors", Examples.RESULTS.toString(), "--format", "json", "--fdr", "0.05")
        .json().get("flagRule").asString()).isEqualTo("fdr 0.05");
  }
}
