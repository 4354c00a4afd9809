package dev.epakit.io.plan;

import dev.epakit.rules.plan.Severity;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The one validation call behind every way of checking plan files (the command line, the Maven
 * plugin, the JUnit helper): give it files and directories, get back one {@link PlanFileResult} per
 * plan file with its plan and diagnostics.
 *
 * <p>A directory stands for every {@code *.yaml}, {@code *.yml} and {@code *.json} file under it,
 * in sorted order, hidden files and directories excepted; a directory with none is a {@code
 * directory.no-plans} diagnostic, a missing path a {@code file.not-found} one. Nothing here throws
 * for any file content. Stateless and thread-safe.
 */
public final class PlanValidation {

  private PlanValidation() {}

  /**
   * Validates plan files and directories of plan files with the default limits.
   *
   * @param paths files and directories, not {@code null}
   * @return one result per plan file found, and per path that could not be used
   */
  public static PlanValidationReport validate(Path... paths) {
    return validateAll(Arrays.asList(paths));
  }

  /**
   * Validates plan files and directories of plan files with the default limits.
   *
   * @param paths files and directories, not {@code null}
   * @return one result per plan file found, and per path that could not be used
   */
  public static PlanValidationReport validateAll(Collection<Path> paths) {
    return validateAll(paths, PlanReader.standard());
  }

  /**
   * Validates plan files and directories of plan files with a given reader.
   *
   * @param paths files and directories, not {@code null}
   * @param reader the reader, not {@code null}
   * @return one result per plan file found, and per path that could not be used
   */
  public static PlanValidationReport validateAll(Collection<Path> paths, PlanReader reader) {
    Objects.requireNonNull(reader, "reader");
    java.util.List<PlanFileResult> results = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        java.util.List<Path> files;
        try {
          files = planFiles(path);
        } catch (IOException | UncheckedIOException | SecurityException e) {
          results.add(problem(path, PlanFileCode.FILE_UNREADABLE, "the directory cannot be read"));
          continue;
        }
        if (files.isEmpty()) {
          results.add(problem(path, PlanFileCode.DIRECTORY_NO_PLANS,
              "the directory holds no plan files (*.yaml, *.yml, *.json)"));
        }
        files.forEach(f -> results.add(reader.read(f)));
      } else {
        results.add(reader.read(path));
      }
    }
    return new PlanValidationReport(List.ofAll(results));
  }

  /**
   * Validates one plan file with the default limits.
   *
   * @param file the file, not {@code null}
   * @return the plan, when the file holds one, and every diagnostic
   */
  public static PlanFileResult validateFile(Path file) {
    return PlanReader.standard().read(file);
  }

  /**
   * The plan files under a directory: every {@code *.yaml}, {@code *.yml} and {@code *.json}
   * regular file, hidden ones excepted, sorted by path. Symbolic links are not followed.
   *
   * @param directory the directory, not {@code null}
   * @return the files, possibly none
   * @throws IOException if the directory cannot be read
   */
  public static java.util.List<Path> planFiles(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(p -> !hidden(directory, p))
          .filter(Files::isRegularFile)
          .filter(PlanValidation::isPlanFileName)
          .sorted()
          .toList();
    }
  }

  /**
   * Whether a file's name marks it as a plan file.
   *
   * @param file the path, not {@code null}
   * @return true for names ending in {@code .yaml}, {@code .yml} or {@code .json}, in any case
   */
  public static boolean isPlanFileName(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static PlanFileResult problem(Path path, PlanFileCode code, String message) {
    return new PlanFileResult(path, Option.none(),
        List.of(PlanDiagnostics.of(path, 0, 0, code.code(), Severity.ERROR, message, "")));
  }
}
