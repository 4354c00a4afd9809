package dev.epakit.cli.analysis;

import dev.epakit.cli.CommandRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.epakit.cli.Epa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class AgreementCommandTest {

  private static final String SCALE = "Fail,Pass,Merit,Distinction";

  @TempDir
  Path dir;

  private Path write(String name, String csv) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, csv);
    return p;
  }

  /** A two-rater table worked by hand: po = 0.7, pe = 0.5, kappa = 0.4. */
  @Test
  void cohenKappaAsJson() throws IOException {
    Path p = write("two.csv", """
        unit,A,B
        1,yes,yes
        2,yes,yes
        3,yes,yes
        4,yes,no
        5,yes,no
        6,no,no
        7,no,no
        8,no,no
        9,no,no
        10,no,yes
        """);
    CommandRun run = CommandRun.of("agreement", "--method", "cohen-kappa", "--format", "json", p.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("method").asString()).isEqualTo("cohen-kappa");
    assertThat(json.get("value").asDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(json.get("units").asLong()).isEqualTo(10);
    assertThat(json.get("raters").asInt()).isEqualTo(2);
    assertThat(json.get("weights").asString()).isEqualTo("unweighted");
    assertThat(json.get("se").isNumber()).isTrue();
    assertThat(json.get("ci95").size()).isEqualTo(2);
    assertThat(json.get("categoryOrder").asString()).isEqualTo("first-appearance");
    assertThat(json.get("categories").get(0).asString()).isEqualTo("yes");
  }

  @Test
  void everyMethodRunsOnTheBundledRatings() {
    for (String method : List.of("fleiss-kappa", "krippendorff-alpha", "gwet-ac1", "icc")) {
      CommandRun run = CommandRun.of("agreement", "--method", method, "--categories", SCALE, "--format", "json",
          Examples.RATINGS.toString());
      assertThat(run.code()).as(method + run.err()).isZero();
      assertThat(run.err()).isEmpty();
      JsonNode json = run.json();
      assertThat(json.get("method").asString()).isEqualTo(method);
      assertThat(json.get("units").asLong()).isPositive();
      assertThat(json.get("raters").asInt()).isEqualTo(3);
      assertThat(json.get("categoryOrder").asString()).isEqualTo("declared");
      if (!method.equals("icc")) {
        assertThat(json.get("value").asDouble()).as(method).isBetween(0.3, 0.9);
      }
    }
  }

  @Test
  void iccGivesTheSixFormsWithTheirTests() {
    JsonNode json = CommandRun.of("agreement", "--method", "icc", "--categories", SCALE, "--format", "json",
        Examples.RATINGS.toString()).json();
    List<String> forms = new ArrayList<>();
    json.get("forms").forEach(f -> forms.add(f.get("form").asString()));
    assertThat(forms).containsExactly("ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k");
    JsonNode f = json.get("forms").get(1);
    List<String> names = new ArrayList<>();
    f.propertyNames().forEach(names::add);
    assertThat(names).containsExactly("form", "value", "f", "df1", "df2", "p", "ci95");
  }

  @Test
  void shroutAndFleissThroughTheCommandLine() throws IOException {
    // Shrout and Fleiss (1979), Table 2: 6 targets, 4 judges.
    Path p = write("sf.csv", """
        target,j1,j2,j3,j4
        1,9,2,5,8
        2,6,1,3,2
        3,8,4,6,8
        4,7,1,2,6
        5,10,5,6,9
        6,6,2,4,7
        """);
    JsonNode json = CommandRun.of("agreement", "--method", "icc", "--format", "json", p.toString()).json();
    double[] expected = {0.17, 0.29, 0.71, 0.44, 0.62, 0.91};
    for (int i = 0; i < 6; i++) {
      assertThat(json.get("forms").get(i).get("value").asDouble()).isCloseTo(expected[i], within(0.005));
    }
    assertThat(json.get("categoryOrder").asString()).isEqualTo("numeric");
  }

  @Test
  void krippendorffReliabilityDataThroughTheCommandLine() throws IOException {
    // Krippendorff (2011), 4 observers, 12 units, values 1-5, missing blank; nominal alpha 0.743.
    Path p = write("k.csv", """
        unit,A,B,C,D
        1,1,1,,1
        2,2,2,3,2
        3,3,3,3,3
        4,3,3,3,3
        5,2,2,2,2
        6,1,2,3,4
        7,4,4,4,4
        8,1,1,2,1
        9,2,2,2,2
        10,,5,5,5
        11,,,1,1
        12,,,3,
        """);
    for (String[] c : new String[][] {{"nominal", "0.743"}, {"ordinal", "0.815"}, {"interval", "0.849"}, {"ratio", "0.797"}}) {
      JsonNode json = CommandRun.of("agreement", "--method", "krippendorff-alpha", "--level", c[0],
          "--bootstrap", "0", "--format", "json", p.toString()).json();
      assertThat(json.get("value").asDouble()).as(c[0]).isCloseTo(Double.parseDouble(c[1]), within(0.0005));
      assertThat(json.get("level").asString()).isEqualTo(c[0]);
    }
  }

  @Test
  void perfectAgreementGivesOne() throws IOException {
    Path p = write("same.csv", "unit,A,B,C\n1,Pass,Pass,Pass\n2,Fail,Fail,Fail\n3,Merit,Merit,Merit\n4,Pass,Pass,\n");
    for (String method : List.of("fleiss-kappa", "krippendorff-alpha", "gwet-ac1")) {
      JsonNode json = CommandRun.of("agreement", "--method", method, "--categories", SCALE, "--format", "json",
          p.toString()).json();
      assertThat(json.get("value").asDouble()).as(method).isCloseTo(1.0, within(1e-12));
    }
  }

  @Test
  void anOrderDependentStatisticWarnsWhenTheOrderIsOnlyFirstAppearance() {
    CommandRun run = CommandRun.of("agreement", "--method", "krippendorff-alpha", "--level", "ordinal", "--bootstrap", "0",
        Examples.RATINGS.toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("warning").contains("--categories");
    assertThat(run.out()).contains("Categories (order of first appearance)");
  }

  @Test
  void tooLittleDataIsSaidPlainly() throws IOException {
    Path p = write("one.csv", "unit,A,B\n1,Pass,Pass\n");
    CommandRun run = CommandRun.of("agreement", "--method", "cohen-kappa", p.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("too little data").doesNotContain("NaN");
    JsonNode json = CommandRun.of("agreement", "--method", "cohen-kappa", "--format", "json", p.toString()).json();
    assertThat(json.get("value").isNull()).isTrue();
    assertThat(json.get("insufficient").asString()).isNotBlank();
  }

  @Test
  void usageErrorsAndBadFiles() throws IOException {
    assertThat(CommandRun.of("agreement", "--method", "cohen-kappa", Examples.RATINGS.toString()).code()).isEqualTo(Epa.USAGE);
    assertThat(CommandRun.of("agreement", "--method", "kappa", Examples.RATINGS.toString()).code()).isEqualTo(Epa.USAGE);
    assertThat(CommandRun.of("agreement", "--method", "fleiss-kappa", "--weights", "linear", Examples.RATINGS.toString()).code())
        .isEqualTo(Epa.USAGE);
    assertThat(CommandRun.of("agreement", "--method", "icc", "--level", "ordinal", Examples.RATINGS.toString()).code())
        .isEqualTo(Epa.USAGE);
    Path bad = write("bad.csv", "unit,A,B\n1,Pass,Pass\n2,Pass\n3,Pass,Excellent\n");
    CommandRun run = CommandRun.of("agreement", "--method", "fleiss-kappa", "--categories", "Fail,Pass", bad.toString());
    assertThat(run.code()).isEqualTo(Epa.FINDINGS);
    assertThat(run.err()).contains("bad.csv:3: error row.width the row has 2 values")
        .contains("bad.csv:4:3: error category.unknown column 'B': unknown category 'Excellent'")
        .doesNotContain("Exception");
    CommandRun missing = CommandRun.of("agreement", "--method", "fleiss-kappa", dir.resolve("none.csv").toString());
    assertThat(missing.code()).isEqualTo(Epa.USAGE);
    assertThat(missing.err()).contains("no such file");
  }
}
