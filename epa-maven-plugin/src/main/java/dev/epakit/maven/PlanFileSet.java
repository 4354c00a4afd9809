package dev.epakit.maven;

import dev.epakit.io.plan.PlanValidation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The plan files under a directory chosen by Ant-style include and exclude patterns, as Maven users
 * write them: {@code **}{@code /} matches any number of directories (none included), {@code *} any
 * characters within one name, {@code ?} one character. Patterns are matched, case-sensitively,
 * against the path relative to the directory with {@code /} as separator. Without includes, the
 * plan files are those {@link dev.epakit.io.plan.PlanValidation#isPlanFileName(Path)} names, as
 * for a directory given to {@code epa plan validate}. Files and directories
 * whose names start with a dot are never chosen, as in {@link
 * dev.epakit.io.plan.PlanValidation#planFiles(Path)}. Immutable and thread-safe.
 */
final class PlanFileSet {

  /** The includes that apply when none are configured, as the documentation writes them. */
  static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml", "**/*.json");

  /** The includes; empty for the default. */
  private final List<Pattern> includes;
  private final List<Pattern> excludes;

  PlanFileSet(List<String> includes, List<String> excludes) {
    this.includes = compile(includes == null ? List.of() : includes);
    this.excludes = compile(excludes == null ? List.of() : excludes);
  }

  /**
   * The files chosen under a directory, sorted by path.
   *
   * @param directory the directory; a missing one holds no files
   * @return the files, each resolved against the directory
   * @throws IOException if the directory cannot be walked
   */
  List<Path> select(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> chosen(relative(directory, p)))
          .sorted()
          .toList();
    }
  }

  /**
   * Whether a relative path is chosen.
   *
   * @param relative the path relative to the directory, with {@code /} as separator
   * @return true when not hidden, matched by an include and by no exclude
   */
  boolean chosen(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".")) {
        return false;
      }
    }
    boolean included = includes.isEmpty()
        ? PlanValidation.isPlanFileName(Path.of(relative))
        : includes.stream().anyMatch(p -> p.matcher(relative).matches());
    return included
        && excludes.stream().noneMatch(p -> p.matcher(relative).matches());
  }

  private static String relative(Path directory, Path file) {
    List<String> parts = new ArrayList<>();
    directory.relativize(file).forEach(part -> parts.add(part.toString()));
    return String.join("/", parts);
  }

  private static List<Pattern> compile(List<String> globs) {
    return globs.stream().map(Objects::requireNonNull).map(PlanFileSet::toRegex).map(Pattern::compile).toList();
  }

  /**
   * An Ant-style pattern as a regular expression.
   *
   * @param glob the pattern; {@code \} is read as {@code /}, a leading {@code /} is ignored and a
   *     trailing {@code /} stands for everything under that directory
   * @return the expression
   */
  static String toRegex(String glob) {
    String g = glob.trim().replace('\\', '/');
    while (g.startsWith("/")) {
      g = g.substring(1);
    }
    if (g.endsWith("/")) {
      g = g + "**";
    }
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < g.length()) {
      char c = g.charAt(i);
      if (c == '*' || c == '?') {
        if (literal.length() > 0) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        if (c == '?') {
          regex.append("[^/]");
          i++;
        } else if (g.startsWith("**/", i)) {
          regex.append("(?:.*/)?");
          i += 3;
        } else if (g.startsWith("**", i)) {
          regex.append(".*");
          i += 2;
        } else {
          regex.append("[^/]*");
          i++;
        }
      } else {
        literal.append(c);
        i++;
      }
    }
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    return regex.toString();
  }
}
