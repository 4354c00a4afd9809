package dev.epakit.cli.journey;

import dev.epakit.cli.CommandRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.cli.Epa;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code epa journey check} gives the same report, byte for byte, and the same exit code with one
 * worker thread as with several, in text and in JSON, on a generated file of a few thousand
 * journeys with refused facts and with lines the reader reports.
 */
class CheckParallelTest {

  @TempDir
  Path dir;

  static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  /** Generated journeys, some of them broken so that the reader reports them between the others. */
  Path file() throws IOException {
    StringWriter w = new StringWriter();
    GeneratedJourneys.write(3 * Pipeline.BATCH + 100, 42, w);
    String text = w.toString()
        .replace("\"grade\": \"Distinction\"", "\"grade\": \"Distinction\", \"colour\": \"blue\"")
        .replace("\"2024-03-1", "\"2024-13-1")
        .replace("\"uln\": \"100000010", "\"uln\": \"100000011");
    Path file = dir.resolve("journeys.json");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(text);
    }
    return file;
  }

  @Test
  void oneThreadAndSeveralGiveTheSameReport() throws IOException {
    String file = file().toString();
    for (String format : new String[] {"text", "json"}) {
      CommandRun one = run("journey", "check", "--plan", "senior-leader", file, "--as-of", "2025-12-31", "--format", format,
          "--threads", "1");
      assertThat(one.code()).isEqualTo(Epa.FINDINGS);
      assertThat(one.out()).contains("refused", "warning", "error");
      for (String threads : new String[] {"2", "3", "8"}) {
        CommandRun many = run("journey", "check", "--plan", "senior-leader", file, "--as-of", "2025-12-31", "--format",
            format, "--threads", threads);
        assertThat(many.out()).as("%s, %s threads", format, threads).isEqualTo(one.out());
        assertThat(many.code()).isEqualTo(one.code());
        assertThat(many.err()).isEqualTo(one.err());
      }
    }
  }

  @Test
  void theGeneratorWritesWhatItSays() throws IOException {
    StringWriter w = new StringWriter();
    GeneratedJourneys.write(1000, 1, w);
    Path file = Files.writeString(dir.resolve("clean.json"), w.toString(), StandardCharsets.UTF_8);
    CommandRun r = run("journey", "check", "--plan", "senior-leader", file.toString(), "--as-of", "2025-12-31");
    assertThat(r.out()).contains("1000 journeys as of 2025-12-31: ").contains("0 skipped; 0 errors and 0 warnings");
    assertThat(r.out().lines().filter(l -> l.startsWith("  refused   ")).count()).isPositive();
  }
}
