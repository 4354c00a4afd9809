package dev.epakit.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.cli.CommandRun;
import dev.epakit.io.hardening.HostileInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Hostile files ({@link HostileInput}, shared with the readers' fuzz properties in epa-io) through
 * every command that reads one, in process: whatever the bytes, the command
 * ends with exit code 0, 1 or 2, prints no stack trace and reports no internal error (an exception
 * type that only a defect of EPA Kit throws, see {@code Epa.isInternal}). The readers themselves
 * get 10,000 inputs each in epa-io; here each command gets 200, enough to catch a command
 * that mishandles what a reader reports.
 */
class CommandLineFuzzProperties extends HostileInput {

  @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
  void planCommands(@ForAll("plans") byte[] input) throws IOException {
    withFile(input, ".yaml", f -> {
      ends("plan", "validate", f);
      ends("plan", "validate", "--format", "sarif", f);
      ends("plan", "explain", f);
    });
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
  void journeyCommands(@ForAll("journeys") byte[] input) throws IOException {
    withFile(input, ".json", f -> {
      ends("journey", "check", "--plan", "senior-leader", "--as-of", "2025-12-31", "--format", "json", f);
      ends("statement", "--plan", "senior-leader", "--as-of", "2025-12-31", "--format", "html", f, "--uln",
          "1000102504");
      ends("export", "record-a-grade", "--plan", "senior-leader", "--as-of", "2025-12-31", f);
    });
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
  void simpleResultsImport(@ForAll("simpleResults") byte[] input) throws IOException {
    withFile(input, ".csv", f -> ends("journey", "check", "--plan", "senior-leader", "--as-of", "2025-12-31", f));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
  void analysisCommands(@ForAll("results") byte[] input) throws IOException {
    withFile(input, ".csv", f -> {
      ends("assessors", f);
      ends("assessors", "--format", "csv", f);
    });
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
  void agreementCommand(@ForAll("ratings") byte[] input) throws IOException {
    withFile(input, ".csv", f -> {
      ends("agreement", "--method", "krippendorff-alpha", "--level", "ordinal", "--bootstrap", "0", f);
      ends("agreement", "--method", "cohen-kappa", f);
    });
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
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
    CommandRun run = CommandRun.of(args);
    int code = run.code();
    String said = run.err();
    assertThat(code).as("exit code of %s; stderr: %s", String.join(" ", args), said).isIn(0, 1, 2);
    assertThat(said).as("stderr of %s", String.join(" ", args))
        .doesNotContain("internal error", "\tat ", "Exception:");
  }
}
