package dev.epakit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpaPlansTest {

  private static final Path PLANS = Path.of("src/test/resources/plans");
  private static final Path BROKEN = PLANS.resolve("broken/misspelt-key.yaml");
  private static final Path WARNING = PLANS.resolve("warning/no-source.yaml");
  private static final Path EXAMPLES = Path.of("../docs/examples/plans");

  private static AssertionError failure(DynamicTest test) {
    return catchThrowableOfType(AssertionError.class, () -> test.getExecutable().execute());
  }

  @Test
  void oneTestPerPlanFileNamedByTheFile() throws IOException {
    List<Path> files;
    try (var list = Files.list(EXAMPLES)) {
      files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }

    List<DynamicTest> tests = EpaPlans.validate(EXAMPLES).toList();

    assertThat(tests).extracting(DynamicTest::getDisplayName)
        .containsExactlyElementsOf(files.stream().map(Path::toString).toList());
    assertThat(tests.get(0).getTestSourceUri()).contains(files.get(0).toUri());
  }

  @Test
  void aBrokenPlanFailsWithItsCodeAndLine() {
    List<DynamicTest> tests = EpaPlans.validate(BROKEN).toList();

    assertThat(tests).singleElement().extracting(DynamicTest::getDisplayName).isEqualTo(BROKEN.toString());
    AssertionError error = failure(tests.get(0));
    assertThat(error).isNotNull();
    assertThat(error.getMessage())
        .startsWith(BROKEN + ": 1 error, 0 warnings")
        .contains(BROKEN + ":24:3: error key.unknown ")
        .contains("resitWindow");
  }

  @Test
  void everyDiagnosticOfTheFileIsInTheMessage(@TempDir Path dir) throws IOException {
    String plan = Files.readString(BROKEN).replace("retakeCap: Pass", "retakeCap: Pass\n  holidays: none");
    Path file = Files.writeString(dir.resolve("two-errors.yaml"), plan);

    AssertionError error = failure(EpaPlans.validate(file).toList().get(0));

    assertThat(error.getMessage()).startsWith(file + ": 2 errors, 0 warnings")
        .contains(file + ":24:3: error key.unknown ")
        .contains(file + ":29:3: error key.unknown ");
  }

  @Test
  void warningsFailOnlyWhenAsked() {
    DynamicTest lenient = EpaPlans.validate(WARNING).toList().get(0);
    DynamicTest strict = EpaPlans.validateAll(List.of(WARNING), true).toList().get(0);

    assertThatCode(() -> lenient.getExecutable().execute()).doesNotThrowAnyException();
    assertThat(failure(strict).getMessage())
        .startsWith(WARNING + ": 0 errors, 1 warning")
        .contains(": warning source.missing ");
  }

  @Test
  void aValidPlanPasses() {
    DynamicTest test = EpaPlans.validate(EXAMPLES.resolve("senior-leader-st0480.yaml")).toList().get(0);

    assertThatCode(() -> test.getExecutable().execute()).doesNotThrowAnyException();
  }

  @Test
  void aMissingPathOrAnEmptyDirectoryIsAFailingTestNotNoTest(@TempDir Path dir) {
    Path missing = dir.resolve("missing.yaml");

    List<DynamicTest> tests = EpaPlans.validate(missing, dir).toList();

    assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly(missing.toString(), dir.toString());
    assertThat(failure(tests.get(0)).getMessage()).contains("file.not-found");
    assertThat(failure(tests.get(1)).getMessage()).contains("directory.no-plans");
  }

  @Test
  void noPathNoTest() {
    assertThat(EpaPlans.validate()).isEmpty();
  }
}
