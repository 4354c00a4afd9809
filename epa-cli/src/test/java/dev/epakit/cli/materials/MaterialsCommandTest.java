package dev.epakit.cli.materials;

import dev.epakit.cli.CommandRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.epakit.analysis.materials.MaterialsAnalysis;
import dev.epakit.cli.Epa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code epa materials} through {@link Epa#run}. */
class MaterialsCommandTest {

  static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  /**
   * R's prop.trend.test example as four quarters of one method: 83/86, 90/93, 129/136, 70/82
   * passes, at two sites; the second site fails more often.
   */
  static Path results(Path dir) throws IOException {
    int[] passes = {83, 90, 129, 70};
    int[] totals = {86, 93, 136, 82};
    String[] dates = {"2025-01-15", "2025-04-15", "2025-07-15", "2025-10-15"};
    StringBuilder csv = new StringBuilder("method,grade,date,site,candidate\n");
    int candidate = 0;
    for (int q = 0; q < 4; q++) {
      for (int i = 0; i < totals[q]; i++) {
        String grade = i < passes[q] ? (i % 3 == 0 ? "Distinction" : "Pass") : "Fail";
        String site = i >= passes[q] || i % 5 == 0 ? "Leeds <north>" : "York";
        csv.append("test,").append(grade).append(',').append(dates[q]).append(',').append(site)
            .append(",C").append(candidate++).append('\n');
      }
    }
    return Files.writeString(dir.resolve("results.csv"), csv);
  }

  @Test
  void jsonReproducesTheTrendTestAndCarriesTheDocumentedFields(@TempDir Path dir)
      throws IOException {
    CommandRun r = run("materials", results(dir).toString(), "--format", "json");

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    JsonNode method = json.get("methods").get(0);
    assertThat(method.get("method").asString()).isEqualTo("test");
    assertThat(method.get("n").asInt()).isEqualTo(397);
    assertThat(method.get("facility").asDouble()).isCloseTo(372.0 / 397, within(1e-12));
    assertThat(method.has("discrimination")).isTrue();
    JsonNode trend = method.get("trend");
    assertThat(trend.get("chi2").asDouble()).isCloseTo(8.2249, within(5e-5));
    assertThat(trend.get("p").asDouble()).isCloseTo(0.004132, within(5e-7));
    assertThat(trend.get("periods").size()).isEqualTo(4);
    assertThat(trend.get("periods").get(2).get("period").asString()).isEqualTo("2025-Q3");
    JsonNode sites = method.get("sites");
    assertThat(sites.size()).isEqualTo(2);
    assertThat(sites.get(0).has("q")).isTrue();
    assertThat(sites.get(0).get("site").asString()).isEqualTo("Leeds <north>");
  }

  @Test
  void csvIsOneLongTableWithTheFiguresOfTheJson(@TempDir Path dir) throws IOException {
    Path file = results(dir);
    CommandRun r = run("materials", file.toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    java.util.List<java.util.List<String>> rows = dev.epakit.cli.CsvRead.rows(r.out());
    assertThat(rows.get(0)).containsExactly("method", "part", "name", "n", "passes", "rate",
        "meanScore", "discrimination", "alpha", "chi2", "df", "p", "q", "slope", "note");
    assertThat(rows.stream().skip(1).map(row -> row.get(1)).toList()).containsExactly("method",
        "period", "period", "period", "period", "trend", "homogeneity", "site", "site");
    JsonNode json = JsonMapper.builder().build().readTree(
        run("materials", file.toString(), "--format", "json").out());
    JsonNode method = json.get("methods").get(0);
    java.util.List<String> m = rows.get(1);
    assertThat(m.get(0)).isEqualTo("test");
    assertThat(Long.parseLong(m.get(3))).isEqualTo(397);
    assertThat(Double.parseDouble(m.get(5))).isEqualTo(method.get("facility").asDouble());
    java.util.List<String> q3 = rows.get(4);
    assertThat(q3.get(2)).isEqualTo("2025-Q3");
    assertThat(Long.parseLong(q3.get(3))).isEqualTo(136);
    assertThat(Long.parseLong(q3.get(4))).isEqualTo(129);
    java.util.List<String> trend = rows.get(6);
    assertThat(Double.parseDouble(trend.get(9))).isEqualTo(method.get("trend").get("chi2").asDouble());
    assertThat(Double.parseDouble(trend.get(11))).isEqualTo(method.get("trend").get("p").asDouble());
    // the pass rate falls: a negative slope, written as a number
    assertThat(Double.parseDouble(trend.get(13))).isNegative();
    java.util.List<String> leeds = rows.get(8);
    assertThat(leeds.get(2)).isEqualTo("Leeds <north>");
    assertThat(Double.parseDouble(leeds.get(12))).isEqualTo(method.get("sites").get(0).get("q").asDouble());
  }

  @Test
  void csvNeutralisesFormulasInMethodTaskAndSiteNames(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("method,grade,date,site,task\n");
    for (int i = 0; i < 40; i++) {
      csv.append("=cmd|' /C calc'!A0,").append(i % 3 == 0 ? "Fail" : "Pass").append(",2025-0")
          .append(1 + i % 6).append("-01,").append(i % 2 == 0 ? "@site" : "+site").append(",-task\n");
    }
    Path file = Files.writeString(dir.resolve("formulas.csv"), csv);
    CommandRun r = run("materials", file.toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    java.util.List<java.util.List<String>> rows = dev.epakit.cli.CsvRead.rows(r.out());
    assertThat(rows.get(1).get(0)).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(rows.stream().map(row -> row.get(2))).contains("'@site", "'+site", "'-task");
    for (java.util.List<String> row : rows) {
      for (int c : new int[] {0, 1, 2, 14}) {
        assertThat(row.get(c)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
            .doesNotStartWith("@");
      }
    }
  }

  @Test
  void monthlyPeriodsKeepGapsAndTextPrintsTheTests(@TempDir Path dir) throws IOException {
    CommandRun r = run("materials", results(dir).toString(), "--period", "month");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Method test", "trend: chi-square 8.", "2025-04", "2025-10",
        "site York");
  }

  @Test
  void unreadableInputIsOneLine(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "method,grade,date\nm,Pass,15/01/2025\n");
    CommandRun r = run("materials", bad.toString());
    assertThat(r.code()).isEqualTo(Epa.USAGE);
    assertThat(r.err()).contains("bad.csv:2", "yyyy-mm-dd").doesNotContain("\tat ");
    assertThat(run("materials", bad.toString(), "--period", "week").code()).isEqualTo(Epa.USAGE);
  }

  @Test
  void htmlFragmentShowsPassRateByPeriodAndSitesSideBySide(@TempDir Path dir) throws IOException {
    MaterialsCommand.Input in = MaterialsCommand.read(results(dir),
        MaterialsCommand.Period.quarter).get();
    String html = MaterialsHtml.fragment(MaterialsAnalysis.analyse(in.data(), OptionalLong.of(1)),
        in, MaterialsCommand.Period.quarter);
    assertThat(html).startsWith("<section class=\"epa-materials\">").contains("<polyline",
        "2025-Q1", "Leeds &lt;north&gt;", "q (BH)").doesNotContain("<north>", "<script");
  }

  @Test
  void htmlWritesTheMaterialsSectionOfTheReviewReport(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("materials.html");
    CommandRun r = run("materials", results(dir).toString(), "--html", page.toString());
    assertThat(r.code()).isZero();
    assertThat(java.nio.file.Files.readString(page)).startsWith("<!DOCTYPE html>")
        .contains("Assessment materials", "epa-materials").doesNotContain("<script", "@import", "url(http")
        .doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?https?:"); // only the SVG namespace may name a URL
  }
}
