package dev.epakit.io.plan;

import dev.epakit.io.Diagnostic;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The suite of deliberately broken plans: one file per plan check and per reader error, under
 * {@code src/test/resources/plans/broken}. Each file marks the lines where diagnostics are expected
 * with a comment {@code # <- code@column} (several may follow one arrow); the reader must report
 * exactly those codes at exactly those lines and columns, and nothing else. Files whose problem
 * concerns the whole file are listed here instead.
 */
class BrokenPlansTest {

  static final Path BROKEN = Path.of("src/test/resources/plans/broken");

  static final Map<String, String> WHOLE_FILE = Map.of(
      "empty.yaml", "file.empty",
      "comments-only.yaml", "file.empty",
      "binary.yaml", "file.binary",
      "latin1.yaml", "file.encoding",
      "deep-nesting.yaml", "yaml.too-deep",
      "alias-bomb.yaml", "yaml.aliases");

  private static final Pattern ARROW = Pattern.compile("#\\s*<-\\s*(.*)$");

  record Expected(String code, int line, int column) {
    @Override
    public String toString() {
      return code + " at " + line + (column > 0 ? ":" + column : "");
    }
  }

  static List<Expected> expected(Path file) throws IOException {
    List<Expected> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = ARROW.matcher(lines.get(i));
      if (m.find()) {
        for (String item : m.group(1).strip().split("\\s+")) {
          String[] parts = item.split("@");
          out.add(new Expected(parts[0], i + 1, parts.length > 1 ? Integer.parseInt(parts[1]) : 0));
        }
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyBrokenPlanGivesItsExpectedDiagnostics() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(BROKEN)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(40);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      long start = System.nanoTime();
      PlanFileResult result = PlanValidation.validateFile(file);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(millis).as("time to read %s", file).isLessThan(1000);
      String name = file.getFileName().toString();
      if (WHOLE_FILE.containsKey(name)) {
        assertThat(result.diagnostics().map(Diagnostic::code)).containsExactly(WHOLE_FILE.get(name));
        return;
      }
      List<Expected> want = expected(file);
      assertThat(want).as("markers in %s", name).isNotEmpty();
      List<Expected> got = result.diagnostics()
          .map(d -> new Expected(d.code(), d.line(), d.column()))
          .toJavaList();
      List<Expected> gotComparable = new ArrayList<>();
      for (Expected g : got) {
        boolean columnless = want.stream().anyMatch(w -> w.code().equals(g.code()) && w.line() == g.line() && w.column() == 0);
        gotComparable.add(columnless ? new Expected(g.code(), g.line(), 0) : g);
      }
      List<Expected> missing = new ArrayList<>(want);
      missing.removeAll(gotComparable);
      List<Expected> unexpected = new ArrayList<>(gotComparable);
      unexpected.removeAll(want);
      assertThat(missing.isEmpty() && unexpected.isEmpty())
          .as("%s: missing %s, unexpected %s; all: %s", name, missing, unexpected, result.diagnostics().mkString("\n", "\n", ""))
          .isTrue();
    }));
  }
}
