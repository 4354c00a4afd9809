package dev.epakit.cli.severity;

import dev.epakit.cli.CommandRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.epakit.analysis.severity.ManyFacetRasch;
import dev.epakit.analysis.severity.RaschMeasurement;
import dev.epakit.analysis.variance.IndexDictionary;
import dev.epakit.cli.Epa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code epa severity} through {@link Epa#run}. */
class SeverityCommandTest {

  static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  static final String[] GRADES = {"Fail", "Pass", "Merit", "Distinction"};

  /** 150 candidates, 6 assessors (A6 harsh), 2 methods, each method double-marked. */
  static Path ratings(Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(4);
    StringBuilder csv = new StringBuilder("candidate,assessor,method,grade\n");
    double[] severity = {0, -0.3, 0.2, 0.1, -0.5, 1.2};
    for (int c = 0; c < 150; c++) {
      double ability = random.nextGaussian();
      for (String method : new String[] {"project", "discussion"}) {
        int first = random.nextInt(6);
        int second = (first + 1 + random.nextInt(5)) % 6;
        for (int a : new int[] {first, second}) {
          double eta = ability - severity[a] + 0.3 * random.nextGaussian();
          int g = eta < -1 ? 0 : eta < 0.2 ? 1 : eta < 1.2 ? 2 : 3;
          csv.append("C").append(c).append(",A").append(a + 1).append(',').append(method)
              .append(',').append(GRADES[g]).append('\n');
        }
      }
    }
    return Files.writeString(dir.resolve("ratings.csv"), csv);
  }

  @Test
  void jsonHasTheDocumentedFields(@TempDir Path dir) throws IOException {
    CommandRun r = run("severity", ratings(dir).toString(), "--format", "json");

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(Epa.OK);
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("status").asString()).isEqualTo("measured");
    JsonNode assessors = json.get("assessors");
    assertThat(assessors.size()).isEqualTo(6);
    for (String field : new String[] {"assessor", "measure", "se", "infit", "outfit", "infitZ",
        "outfitZ", "n"}) {
      assertThat(assessors.get(0).has(field)).as(field).isTrue();
    }
    assertThat(json.get("methods").get(0).has("method")).isTrue();
    assertThat(json.get("candidates").get(0).has("candidate")).isTrue();
    for (String facet : new String[] {"assessors", "methods", "candidates"}) {
      JsonNode s = json.get("facets").get(facet);
      for (String field : new String[] {"separation", "reliability", "chi2", "df", "p"}) {
        assertThat(s.has(field)).as(facet + "." + field).isTrue();
      }
    }
    assertThat(json.get("excluded").isArray()).isTrue();
    // the harsh assessor is the most severe
    double a6 = 0;
    double max = Double.NEGATIVE_INFINITY;
    for (JsonNode a : assessors) {
      max = Math.max(max, a.get("measure").asDouble());
      if (a.get("assessor").asString().equals("A6")) {
        a6 = a.get("measure").asDouble();
      }
    }
    assertThat(a6).isEqualTo(max);
    assertThat(json.get("scales").get(0).get("grades").toString())
        .isEqualTo("[\"Fail\",\"Pass\",\"Merit\",\"Distinction\"]");
  }

  @Test
  void csvHasOneRowPerElementWithTheFiguresOfTheJson(@TempDir Path dir) throws IOException {
    Path file = ratings(dir);
    CommandRun r = run("severity", file.toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isEqualTo(Epa.OK);
    assertThat(r.err()).isEmpty();
    java.util.List<java.util.List<String>> rows =
        dev.epakit.cli.CsvRead.rows(r.out());
    assertThat(rows.get(0)).containsExactly("facet", "element", "measure", "se", "infit", "outfit",
        "infitZ", "outfitZ", "n", "score", "expectedScore", "extreme");
    JsonNode json = JsonMapper.builder().build().readTree(
        run("severity", file.toString(), "--format", "json").out());
    int expected = json.get("assessors").size() + json.get("methods").size()
        + json.get("candidates").size() + json.get("excluded").size();
    assertThat(rows).hasSize(expected + 1);
    java.util.List<String> first = rows.get(1);
    JsonNode a = json.get("assessors").get(0);
    assertThat(first.get(0)).isEqualTo("assessor");
    assertThat(first.get(1)).isEqualTo(a.get("assessor").asString());
    assertThat(Double.parseDouble(first.get(2))).isEqualTo(a.get("measure").asDouble());
    assertThat(Long.parseLong(first.get(8))).isEqualTo(a.get("n").asLong());
    // measures below zero are numbers, not neutralised text
    assertThat(rows.stream().skip(1).filter(row -> row.get(2).startsWith("-"))).isNotEmpty();
    assertThat(r.out()).doesNotContain("'-");
  }

  @Test
  void csvNeutralisesFormulasInNamesAndSaysWhyNothingWasMeasured(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("few.csv"),
        "candidate,assessor,method,grade\n\"=1+1\",@A,-m,Pass\n");
    CommandRun r = run("severity", file.toString(), "--format", "csv");
    assertThat(r.code()).isEqualTo(Epa.FINDINGS);
    assertThat(r.err()).startsWith("epa: ").doesNotContain("\tat ");
    for (java.util.List<String> row : dev.epakit.cli.CsvRead.rows(r.out())) {
      for (String cell : row) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("-");
      }
    }
  }

  @Test
  void textReportsMeasuresMostSevereFirst(@TempDir Path dir) throws IOException {
    CommandRun r = run("severity", ratings(dir).toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Converged", "Assessor (severity)", "reliability",
        "fixed (all same) chi-square");
    int a6 = r.out().indexOf("\nA6 ");
    assertThat(a6).isPositive().isLessThan(r.out().indexOf("\nA1 "));
  }

  @Test
  void disconnectedDesignExitsWithFindings(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("candidate,assessor,method,grade\n");
    for (int c = 0; c < 20; c++) {
      String a = c < 10 ? "A" : "B";
      String[] grades = c % 2 == 0 ? new String[] {"Pass", "Fail"} : new String[] {"Fail", "Pass"};
      csv.append("C").append(c).append(',').append(a).append("1,m,").append(grades[0]).append('\n');
      csv.append("C").append(c).append(',').append(a).append("2,m,").append(grades[1]).append('\n');
    }
    Path file = Files.writeString(dir.resolve("split.csv"), csv);
    CommandRun r = run("severity", file.toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(Epa.FINDINGS);
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("status").asString()).isEqualTo("disconnected");
    assertThat(json.get("subsets").size()).isEqualTo(2);
  }

  @Test
  void declaredScalesAndNumericGradesAreRead(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("candidate,assessor,method,grade,scale\n");
    SplittableRandom random = new SplittableRandom(9);
    for (int c = 0; c < 40; c++) {
      for (int a = 0; a < 3; a++) {
        csv.append("C").append(c).append(",A").append(a).append(",m,")
            .append(new String[] {"Low", "Mid", "High"}[random.nextInt(3)])
            .append(",Low/Mid/High\n");
      }
    }
    Path file = Files.writeString(dir.resolve("scaled.csv"), csv);
    CommandRun r = run("severity", file.toString(), "--format", "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("\"Low\"", "\"High\"");
  }

  @Test
  void badInputIsOneLineAndExitsWithUsage(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.csv"), "candidate,assessor,grade\nC1,A1,Pass\n");
    CommandRun r = run("severity", file.toString());
    assertThat(r.code()).isEqualTo(Epa.USAGE);
    assertThat(r.err()).startsWith("epa: ").contains("missing column 'method'")
        .doesNotContain("\tat ");
    Path unknown = Files.writeString(dir.resolve("unknown.csv"),
        "candidate,assessor,method,grade\nC1,A1,m,Superb\nC2,A1,m,Pass\n");
    CommandRun u = run("severity", unknown.toString());
    assertThat(u.code()).isEqualTo(Epa.USAGE);
    assertThat(u.err()).contains("Superb", "scale");
    assertThat(run("severity", dir.resolve("none.csv").toString()).code()).isEqualTo(Epa.USAGE);
  }

  @Test
  void htmlFragmentIsAnEscapedSelfContainedForestPlot(@TempDir Path dir) throws IOException {
    SeverityCommand.Input in = SeverityCommand.read(ratings(dir)).get();
    RaschMeasurement m = (RaschMeasurement) ManyFacetRasch.estimate(in.data());
    IndexDictionary names = IndexDictionary.of("<script>alert(1)</script>", "A&B", "A3", "A4",
        "A5", "A\"6");

    String html = SeverityHtml.fragment(m, names);

    assertThat(html).startsWith("<section class=\"epa-severity\">").contains("<svg", "<circle",
        "&lt;script&gt;", "A&amp;B", "A&quot;6").doesNotContain("<script", "http://www.w3.org/1999",
        "src=", "href=");
    assertThat(html.split("<circle", -1)).hasSize(7);
    assertThat(m.assessors().element(5).orElseThrow().measure()).isCloseTo(1.2, within(0.6));
  }

  @Test
  void htmlWritesTheSeveritySectionOfTheReviewReport(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("severity.html");
    CommandRun r = run("severity", ratings(dir).toString(), "--html", page.toString());
    assertThat(r.code()).isZero();
    String html = java.nio.file.Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Assessor severity", "epa-severity", "<svg")
        .doesNotContain("<script", "@import", "url(http")
        .doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?https?:"); // only the SVG namespace may name a URL
    CommandRun bad = run("severity", ratings(dir).toString(), "--html", dir.resolve("no/such/dir/x.html").toString());
    assertThat(bad.code()).isEqualTo(Epa.USAGE);
    assertThat(bad.err()).contains("cannot write").doesNotContain("\tat ");
  }
}
