package dev.epakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML report of the command line ({@code epa assessors --html}, {@code epa severity
 * --html}, {@code epa materials --html}) fed hostile names in every text column and in the file
 * name: each value shows escaped, no tag or attribute comes from the data, and nothing is loaded
 * from the network.
 */
class HostileHtmlReportsTest {

  /** Values that would run script or break out of an attribute if written unescaped. */
  static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"onload=\"alert(2)",
      "'><img src=x onerror=alert(3)>");

  /** A file name that is hostile too (no slash: it must be a real file). */
  static final String FILE_NAME = "x\" onload=\"y <b>.csv";

  static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");

  @TempDir
  Path dir;

  /** Runs the command line and checks it exits with 0, saying why not. */
  private static void runOk(String... args) {
    CommandRun run = CommandRun.of(args);
    assertThat(run.code()).as(run.err() + "\n" + run.out()).isEqualTo(Epa.OK);
  }

  /** A CSV cell: quoted, quotes doubled. */
  private static String cell(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static String escaped(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }

  /** The checks every report must pass. */
  static void assertSafe(String page, List<String> mustShow) {
    for (String h : HOSTILE) {
      assertThat(page).doesNotContain(h);
    }
    assertThat(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
        .doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<object")
        .doesNotContainIgnoringCase("<embed").doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(http")
        .doesNotContainIgnoringCase("url(//");
    Matcher tags = TAG.matcher(page);
    int count = 0;
    while (tags.find()) {
      String tag = tags.group();
      count++;
      // attribute values are quoted and escaped, so a value cannot hold a quote: without the
      // values, what is left are the tag's own names
      String names = tag.replaceAll("\"[^\"]*\"|'[^']*'", "\"\"");
      // no event handler, and no source or link but a fragment within the page
      assertThat(names).as(tag).doesNotContainPattern("(?i)\\son\\w+\\s*=")
          .doesNotContainPattern("(?i)\\s(src|srcset|action|formaction|background|poster)\\s*=")
          .doesNotContainPattern("(?i)\\s(xlink:)?href\\s*=\\s*[^\"\\s]");
      assertThat(tag).as(tag).doesNotContainPattern("(?i)href\\s*=\\s*[\"'](?!#)")
          .doesNotContainIgnoringCase("javascript:");
      // the only address in a tag is the SVG namespace, which is a name, not a download
      assertThat(tag.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
          .as(tag).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:")
          .doesNotContain("//");
    }
    assertThat(count).isGreaterThan(20);
    for (String value : mustShow) {
      assertThat(page).as("shows %s escaped", value).contains(escaped(value));
    }
  }

  @Test
  void assessorsReport() throws IOException {
    StringBuilder csv = new StringBuilder("assessor,grade,standard,method\n");
    List<String> assessors = new ArrayList<>(HOSTILE);
    assessors.add("A-4");
    for (int i = 0; i < 240; i++) {
      String assessor = assessors.get(i % assessors.size());
      String grade = (i * 7) % 5 == 0 ? "<b>fail</b>" : "\"onload=\"pass";
      csv.append(cell(assessor)).append(',').append(cell(grade)).append(',')
          .append(cell(HOSTILE.get(i % 2))).append(',').append(cell(HOSTILE.get(2 - i % 3)))
          .append('\n');
    }
    Path file = Files.writeString(dir.resolve(FILE_NAME), csv, StandardCharsets.UTF_8);
    Path html = dir.resolve("assessors.html");
    runOk("assessors", file.toString(), "--scale", "<b>fail</b>,\"onload=\"pass",
        "--min-n", "10", "--html", html.toString());
    List<String> shown = new ArrayList<>(HOSTILE);
    shown.add("<b>fail</b>");
    shown.add(FILE_NAME);
    assertSafe(Files.readString(html), shown);
  }

  @Test
  void severityReport() throws IOException {
    StringBuilder csv = new StringBuilder("candidate,assessor,method,grade\n");
    String[] grades = {"Fail", "Pass", "Merit", "Distinction"};
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int c = 0; c < 80; c++) {
      double ability = random.nextGaussian();
      for (int a = 0; a < HOSTILE.size(); a++) {
        double eta = ability + 0.3 * (a - 1) + 0.5 * random.nextGaussian();
        int g = eta < -0.8 ? 0 : eta < 0.2 ? 1 : eta < 1 ? 2 : 3;
        csv.append(cell("C" + c + HOSTILE.get(c % 3))).append(',').append(cell(HOSTILE.get(a)))
            .append(',').append(cell(HOSTILE.get((a + c) % 3))).append(',').append(grades[g])
            .append('\n');
      }
    }
    Path file = Files.writeString(dir.resolve(FILE_NAME), csv, StandardCharsets.UTF_8);
    Path html = dir.resolve("severity.html");
    runOk("severity", file.toString(), "--html", html.toString());
    List<String> shown = new ArrayList<>(HOSTILE);
    shown.add(FILE_NAME);
    assertSafe(Files.readString(html), shown);
  }

  @Test
  void materialsReport() throws IOException {
    StringBuilder csv = new StringBuilder("method,grade,date,site,task,candidate\n");
    for (int i = 0; i < 300; i++) {
      csv.append(cell(HOSTILE.get(i % 3))).append(',').append(i % 4 == 0 ? "Fail" : "Pass")
          .append(",2025-0").append(1 + i % 9).append("-15,").append(cell(HOSTILE.get((i / 3) % 3)))
          .append(',').append(cell(HOSTILE.get((i / 9) % 3))).append(",C").append(i % 50)
          .append('\n');
    }
    Path file = Files.writeString(dir.resolve(FILE_NAME), csv, StandardCharsets.UTF_8);
    Path html = dir.resolve("materials.html");
    runOk("materials", file.toString(), "--html", html.toString());
    List<String> shown = new ArrayList<>(HOSTILE);
    shown.add(FILE_NAME);
    assertSafe(Files.readString(html), shown);
  }
}
