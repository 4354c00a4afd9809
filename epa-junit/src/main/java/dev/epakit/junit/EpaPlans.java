package dev.epakit.junit;

import dev.epakit.io.Diagnostic;
import dev.epakit.io.plan.PlanFileResult;
import dev.epakit.io.plan.PlanValidation;
import dev.epakit.io.plan.PlanValidationReport;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Assessment-plan files as JUnit 5 dynamic tests: one test per plan file, named by the file, that
 * fails with every diagnostic of that file. Return the stream from a {@code @TestFactory}:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> plans() {
 *   return EpaPlans.validate(Path.of("src/main/epa"));
 * }
 * }</pre>
 *
 * <p>The checking is {@link PlanValidation#validateAll(Collection)}, the same call as behind {@code
 * epa plan validate} and the Maven plugin, made once when the stream is created; each test then
 * only reports its file's result. A directory stands for every {@code *.yaml}, {@code *.yml} and
 * {@code *.json} file under it; a directory without plans, a missing path or an unreadable file each
 * give a failing test too, so a misconfigured path cannot pass silently. Relative paths are resolved
 * against the working directory, which under Maven Surefire and Gradle is the module's directory.
 *
 * <p>Stateless and thread-safe.
 */
public final class EpaPlans {

  private EpaPlans() {}

  /**
   * One dynamic test per plan file, failing on errors; warnings do not fail.
   *
   * @param paths plan files and directories of plan files, not {@code null}
   * @return the tests, in a stable order; none when no path is given
   * @throws NullPointerException if {@code paths} or one of them is null
   */
  public static Stream<DynamicTest> validate(Path... paths) {
    return validateAll(Arrays.asList(paths), false);
  }

  /**
   * One dynamic test per plan file, failing on errors; warnings do not fail.
   *
   * @param paths plan files and directories of plan files, not {@code null}
   * @return the tests, in a stable order; none when no path is given
   * @throws NullPointerException if {@code paths} or one of them is null
   */
  public static Stream<DynamicTest> validateAll(Collection<Path> paths) {
    return validateAll(paths, false);
  }

  /**
   * One dynamic test per plan file.
   *
   * @param paths plan files and directories of plan files, not {@code null}
   * @param failOnWarning whether a file with warnings but no error fails too
   * @return the tests, in a stable order; none when no path is given
   * @throws NullPointerException if {@code paths} or one of them is null
   */
  public static Stream<DynamicTest> validateAll(Collection<Path> paths, boolean failOnWarning) {
    paths.forEach(p -> Objects.requireNonNull(p, "path"));
    PlanValidationReport report = PlanValidation.validateAll(paths);
    return report.files().toJavaStream().map(result -> test(result, failOnWarning));
  }

  private static DynamicTest test(PlanFileResult result, boolean failOnWarning) {
    Path file = result.file();
    return DynamicTest.dynamicTest(file.toString(), file.toUri(), () -> {
      if (!result.passes(failOnWarning)) {
        Assertions.fail(message(result));
      }
    });
  }

  /**
   * The failure message: a count, then every diagnostic of the file on its own line, as compilers
   * write them ({@code file:line:col: severity CODE message}).
   */
  static String message(PlanFileResult result) {
    int errors = result.errors().size();
    int warnings = result.warnings().size();
    StringBuilder message = new StringBuilder()
        .append(result.file()).append(": ")
        .append(errors).append(errors == 1 ? " error" : " errors").append(", ")
        .append(warnings).append(warnings == 1 ? " warning" : " warnings");
    for (Diagnostic d : result.diagnostics()) {
      message.append(System.lineSeparator()).append("  ").append(d);
    }
    return message.toString();
  }
}
