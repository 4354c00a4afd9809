package dev.epakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line's conventions: help, version, exit codes, one-line errors. */
class EpaTest {

  static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void defectsAreToldApartFromInputProblems() {
    assertThat(Epa.isInternal(new NullPointerException())).isTrue();
    assertThat(Epa.isInternal(new ArrayIndexOutOfBoundsException(3))).isTrue();
    assertThat(Epa.isInternal(new java.util.NoSuchElementException("None.get"))).isTrue();
    assertThat(Epa.isInternal(new IllegalStateException("bundled plan missing"))).isTrue();
    assertThat(Epa.isInternal(new java.io.UncheckedIOException(new java.io.IOException("cannot read x.csv"))))
        .isFalse();
    assertThat(Epa.isInternal(new IllegalArgumentException("results.csv: no grade column"))).isFalse();
  }

  @Test
  void helpAndVersion() {
    CommandRun help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: epa", "demo", "Exit codes:");
    CommandRun version = run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("epa ");
  }

  @Test
  void usageErrorsExitWithTwoAndOneLineOnStandardError() {
    CommandRun unknown = run("--no-such-option");
    assertThat(unknown.code()).isEqualTo(Epa.USAGE);
    assertThat(unknown.err()).startsWith("epa: ").doesNotContain("Exception", "\tat ");
    CommandRun badDate = run("demo", "--as-of", "not-a-date");
    assertThat(badDate.code()).isEqualTo(Epa.USAGE);
    assertThat(badDate.err()).doesNotContain("\tat ");
  }

  @Test
  void demoReplaysTheCohort(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path report = dir.resolve("assessors.html");
    CommandRun demo = run("demo", "--report", report.toString());
    assertThat(demo.code()).isZero();
    assertThat(demo.err()).isEmpty();
    assertThat(demo.out())
        .contains("Senior leader", "1000102504", "PASSED", "Distinction", "Pass (capped from Distinction)", "EPA-PASS-01")
        .contains("ready to apply through the apprentice assessment service")
        .contains("Result statement for ULN 2017539650", "A resit must be taken by 18 July 2025")
        .contains("6 of 20 ready")
        .contains("Assessor review of the bundled results", "A-07 generous", "A-19 harsh", "Report written to");
    assertThat(java.nio.file.Files.readString(report)).contains("<svg").doesNotContain("http://", "https://");
  }
}
