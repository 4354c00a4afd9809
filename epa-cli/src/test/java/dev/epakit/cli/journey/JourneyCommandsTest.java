package dev.epakit.cli.journey;

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
import tools.jackson.databind.ObjectMapper;

/** The journey commands through {@link Epa#run}: outputs, exit codes, and bad input without stack traces. */
class JourneyCommandsTest {

  @TempDir
  Path dir;

  static CommandRun run(String... args) {
    return CommandRun.of(args).noStackTrace();
  }

  Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** A journey of the Senior leader plan with the given facts, one per line. */
  static String journey(String uln, String... facts) {
    return "    {\"uln\": \"" + uln + "\", \"givenNames\": \"Ada\", \"familyName\": \"Secretname\", \"standard\": \"ST0480\", "
        + "\"version\": \"1.0\", \"facts\": [\n      " + String.join(",\n      ", facts) + "\n    ]}";
  }

  static String journeys(String... journeys) {
    return "{\"journeys\": [\n" + String.join(",\n", journeys) + "\n]}\n";
  }

  static final String GATEWAY = "{\"date\": \"2025-01-06\", \"kind\": \"gateway-passed\"}";

  static String assessed(String date, String method, String grade) {
    return "{\"date\": \"" + date + "\", \"kind\": \"method-assessed\", \"method\": \"" + method + "\", \"grade\": \""
        + grade + "\", \"assessor\": \"A-01\"}";
  }

  static final String PASSED = journey("1000102504", GATEWAY, assessed("2025-02-03", "project", "Pass"),
      assessed("2025-02-10", "discussion", "Distinction"), "{\"date\": \"2025-02-14\", \"kind\": \"outcome-notified\"}");

  CommandRun check(String text, String... more) throws IOException {
    Path f = file("journeys.json", text);
    String[] args = new String[5 + more.length];
    args[0] = "journey";
    args[1] = "check";
    args[2] = "--plan=senior-leader";
    args[3] = "--as-of=2025-06-30";
    args[4] = f.toString();
    System.arraycopy(more, 0, args, 5, more.length);
    return run(args);
  }

  @Test
  void aConsistentJourneyExitsWithZeroAndNamesNoOne() throws IOException {
    CommandRun r = check(journeys(PASSED));
    assertThat(r.code()).isEqualTo(Epa.OK);
    assertThat(r.out()).contains("ULN 1000102504 (line 2)", "passed", "overall Pass", "request-certificate",
        "retain until 2031-02-14", "1 journeys as of 2025-06-30: 1 consistent");
    assertThat(r.out()).doesNotContain("Secretname", "Ada");
  }

  @Test
  void unknownMethodAndGradeAreRefusedWithLineAndField() throws IOException {
    CommandRun r = check(journeys(journey("1000102504", GATEWAY, assessed("2025-02-03", "portfolio", "Pass"),
        assessed("2025-02-04", "project", "Merit"))));
    assertThat(r.code()).isEqualTo(Epa.FINDINGS);
    assertThat(r.out()).contains("line 4: method: method-assessed of 2025-02-03 refused: EPA-METHOD-01")
        .contains("line 5: grade: method-assessed of 2025-02-04 refused: EPA-METHOD-01", "'Merit' is not a grade");
  }

  @Test
  void datesInTheFutureAreLeftOutAndDatesBeforeGatewayRefused() throws IOException {
    CommandRun r = check(journeys(journey("1000102504", "{\"date\": \"2025-01-06\", \"kind\": \"gateway-passed\"}",
        assessed("2024-12-01", "project", "Pass"), assessed("2026-01-01", "discussion", "Pass"))));
    assertThat(r.code()).isEqualTo(Epa.FINDINGS);
    assertThat(r.out()).contains("line 5: ULN 1000102504: facts[2].date: dated 2026-01-01, after 2025-06-30")
        .contains("[fact.future]")
        .contains("line 4: date: method-assessed of 2024-12-01 refused: EPA-FACT-01");
  }

  @Test
  void badCheckDigitSkipsOnlyThatJourney() throws IOException {
    CommandRun r = check(journeys(journey("1000102508", GATEWAY), PASSED));
    assertThat(r.code()).isEqualTo(Epa.FINDINGS);
    assertThat(r.out()).contains("line 2: ULN 1000102508: uln: the last digit of this ULN is not its check digit")
        .contains("[uln.check-digit]", "ULN 1000102504", "1 journeys as of", "1 skipped");
  }

  @Test
  void duplicatedAndOutOfOrderFactsAreNamed() throws IOException {
    CommandRun r = check(journeys(journey("1000102504", GATEWAY, assessed("2025-02-10", "discussion", "Pass"),
        assessed("2025-02-10", "discussion", "Pass"), assessed("2025-02-03", "project", "Pass"))));
    assertThat(r.code()).isEqualTo(Epa.FINDINGS);
    assertThat(r.out()).contains("line 5: ULN 1000102504: facts[2]: duplicates the method-assessed fact on line 4")
        .contains("line 6: date: method-assessed of 2025-02-03 refused: EPA-FACT-01 Facts are recorded in date order");
  }

  @Test
  void missingFieldsAndUnknownKindsLeaveOutTheFactOnly() throws IOException {
    CommandRun r = check(journeys(journey("1000102504", GATEWAY,
        "{\"date\": \"2025-02-03\", \"kind\": \"method-assessed\", \"method\": \"project\", \"assessor\": \"A-01\"}",
        "{\"date\": \"2025-02-04\", \"kind\": \"coffee-drunk\"}", "{\"kind\": \"outcome-notified\"}")));
    assertThat(r.code()).isEqualTo(Epa.FINDINGS);
    assertThat(r.out()).contains("line 4: ULN 1000102504: facts[1].grade: a method-assessed fact needs 'grade' or 'score'")
        .contains("line 5: ULN 1000102504: facts[2].kind: unknown kind 'coffee-drunk'")
        .contains("line 6: ULN 1000102504: facts[3].date: the fact has no date")
        .contains("ULN 1000102504 (line 2)");
  }

  @Test
  void invalidUtf8IsReportedOnItsLineAndTheRestIsRead() throws IOException {
    String text = journeys(journey("1000102504", GATEWAY), PASSED.replace("1000102504", "9276308686"));
    byte[] bytes = text.replaceFirst("Secretname", "Secret\u0001name").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 1) {
        bytes[i] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
        break;
      }
    }
    Path f = dir.resolve("bad.json");
    Files.write(f, bytes);
    CommandRun r = run("journey", "check", "--plan", "senior-leader", "--as-of", "2025-06-30", f.toString());
    assertThat(r.code()).isEqualTo(Epa.FINDINGS);
    assertThat(r.out()).contains("line 2: ULN 1000102504: familyName: invalid UTF-8", "ULN 9276308686 (line 5)");
  }

  @Test
  void textThatIsNotJsonIsAnInputErrorInOneLine() throws IOException {
    CommandRun r = check("{\"journeys\": [ {\"uln\": \"1000102504\", oops");
    assertThat(r.code()).isEqualTo(Epa.USAGE);
    assertThat(r.out()).contains("not valid JSON, reading stopped here");
    assertThat(r.err()).startsWith("epa: ").hasLineCount(1);
  }

  @Test
  void missingFileUnknownPlanAndBadOptionsAreUsageErrors() throws IOException {
    CommandRun missing = run("journey", "check", "--plan", "senior-leader", dir.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(Epa.USAGE);
    assertThat(missing.err()).startsWith("epa: no such file").hasLineCount(1);
    Path f = file("j.json", journeys(PASSED));
    CommandRun plan = run("journey", "check", "--plan", "no-such-plan", f.toString());
    assertThat(plan.code()).isEqualTo(Epa.USAGE);
    assertThat(plan.err()).contains("no plan file no-such-plan").hasLineCount(1);
    assertThat(run("journey", "check", "--plan", "senior-leader", "--format", "xml", f.toString()).code())
        .isEqualTo(Epa.USAGE);
    assertThat(run("journey").code()).isEqualTo(Epa.USAGE);
  }

  @Test
  void helpEverywhere() {
    for (String[] args : new String[][] {{"journey", "--help"}, {"journey", "check", "--help"},
        {"statement", "--help"}, {"export", "--help"}, {"export", "record-a-grade", "--help"}, {"demo", "--help"}}) {
      CommandRun r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).contains("Usage: epa");
    }
  }

  @Test
  void jsonReportIsValidJson() throws IOException {
    CommandRun r = check(journeys(PASSED, journey("1000102508", GATEWAY)), "--format", "json");
    assertThat(r.code()).isEqualTo(Epa.FINDINGS);
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.get("journeys").get(0).get("status").asString()).isEqualTo("passed");
    assertThat(report.get("journeys").get(0).get("certificate").get("ready").asBoolean()).isFalse();
    assertThat(report.get("diagnostics").get(0).get("code").asString()).isEqualTo("uln.check-digit");
    assertThat(report.get("summary").get("journeys").asInt()).isEqualTo(1);
  }

  @Test
  void theBundledCohortHasRefusalsLocatedInTheFile() throws IOException {
    Path f = dir.resolve("cohort.json");
    try (var in = getClass().getResourceAsStream("/dev/epakit/cli/demo/journeys.json")) {
      Files.copy(in, f);
    }
    CommandRun r = run("journey", "check", "--plan", "senior-leader", "--as-of", "2025-06-30", f.toString());
    assertThat(r.code()).isEqualTo(Epa.FINDINGS);
    assertThat(r.out()).contains("line 38: kind: resit-booked of 2025-04-14 refused: EPA-PASS-01")
        .contains("overall Pass (capped from Distinction)")
        .contains("20 journeys as of 2025-06-30: 12 consistent, 8 with refused facts");
  }

  @Test
  void aLargeFileIsStreamed() throws IOException {
    StringBuilder b = new StringBuilder("{\"journeys\": [\n");
    int n = 20_000;
    int written = 0;
    for (int i = 100_000_000; written < n; i++) {
      String nine = String.valueOf(i);
      int check = dev.epakit.core.identity.Uln.checkDigit(nine);
      if (check < 0) {
        continue;
      }
      b.append(written == 0 ? "" : ",\n").append(PASSED.replace("1000102504", nine + check));
      written++;
    }
    b.append("\n]}\n");
    CommandRun r = check(b.toString(), "--threads", "2");
    assertThat(r.code()).isEqualTo(Epa.OK);
    assertThat(r.out()).contains(n + " journeys as of 2025-06-30: " + n + " consistent");
  }

  @Test
  void resultsCsvImport() throws IOException {
    Path csv = file("results.csv", "uln,method,grade,date,assessor,attempt\n"
        + "1000102504,project,Fail,2025-02-03,A-01,1\n"
        + "1000102504,discussion,Pass,2025-02-10,A-01,1\n"
        + "1000102504,project,Distinction,2025-04-07,A-02,2\n"
        + "9276308686,project,Pass,2025-02-03,A-01,one\n");
    CommandRun r = run("journey", "check", "--plan", "senior-leader", "--as-of", "2025-06-30", csv.toString());
    assertThat(r.code()).isEqualTo(Epa.FINDINGS);
    assertThat(r.out()).contains("line 5: ULN 9276308686: attempt: 'one' is not an attempt number")
        .contains("ULN 1000102504 (line 2)", "overall Pass, 7 facts");
    Path bad = file("bad.csv", "uln,method,grade\n1000102504,project,Pass\n");
    CommandRun missing = run("journey", "check", "--plan", "senior-leader", bad.toString());
    assertThat(missing.code()).isEqualTo(Epa.USAGE);
    assertThat(missing.out()).contains("line 1: date, assessor, attempt: missing column(s) date, assessor, attempt");
  }

  static final String FAILED = journey("1000102504", GATEWAY, assessed("2025-02-03", "project", "Fail"),
      assessed("2025-02-10", "discussion", "Pass"), "{\"date\": \"2025-02-14\", \"kind\": \"outcome-notified\"}")
      .replace("Secretname", "<script>alert('x')</script> & Sons");

  @Test
  void statementInEveryFormatWithEscaping() throws IOException {
    Path f = file("j.json", journeys(FAILED, PASSED.replace("1000102504", "9276308686")));
    CommandRun text = run("statement", "--plan", "senior-leader", "--as-of", "2025-02-20", f.toString(), "--uln", "1000102504");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("Result statement", "Assessment methods failed: Strategic business proposal",
        "A resit must be taken by 14 May 2025", "capped at Pass", "appeal by 14 March 2025");
    CommandRun html = run("statement", "--plan", "senior-leader", "--as-of", "2025-02-20", f.toString(), "--uln", "1000102504",
        "--format", "html", "--how-to-appeal", "write to <appeals@example.org>", "--appeal-period", "28 days");
    assertThat(html.code()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Sons", "&lt;appeals@example.org&gt;",
            "appeal by 14 March 2025 (28 days")
        .doesNotContain("<script>", "src=", "href=");
    CommandRun md = run("statement", "--plan", "senior-leader", "--as-of", "2025-02-20", f.toString(), "--uln", "1000102504",
        "--format", "markdown");
    assertThat(md.out()).contains("\\<script\\>", "| Strategic business proposal, presentation with questioning",
        "end\\-point assessment organisation");
    CommandRun json = run("statement", "--plan", "senior-leader", "--as-of", "2025-02-20", f.toString(), "--uln", "1000102504",
        "--format", "json");
    JsonNode st = new ObjectMapper().readTree(json.out());
    assertThat(st.get("failedMethods").get(0).asString()).isEqualTo("project");
    assertThat(st.get("resitDeadline").asString()).isEqualTo("2025-05-14");
    CommandRun passed = run("statement", "--plan", "senior-leader", "--as-of", "2025-02-20", f.toString(), "--uln", "9276308686");
    assertThat(passed.code()).isEqualTo(Epa.FINDINGS);
    assertThat(passed.err()).contains("no result statement is owed").hasLineCount(1);
    CommandRun unknown = run("statement", "--plan", "senior-leader", f.toString(), "--uln", "1234567899");
    assertThat(unknown.code()).isEqualTo(Epa.USAGE);
    CommandRun badUln = run("statement", "--plan", "senior-leader", f.toString(), "--uln", "1234567890");
    assertThat(badUln.code()).isEqualTo(Epa.USAGE);
    assertThat(badUln.err()).contains("check digit");
  }
}
