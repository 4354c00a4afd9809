package dev.epakit.core.identity;

import dev.epakit.core.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of an apprenticeship standard, such as {@code 1.1}: a major and a minor number.
 *
 * <p>Versions order numerically ({@code 1.10} is after {@code 1.9}). Immutable and thread-safe.
 *
 * @param major the major number, 0 to 999
 * @param minor the minor number, 0 to 999
 */
public record StandardVersion(int major, int minor) implements Comparable<StandardVersion> {

  private static final Pattern FORMAT = Pattern.compile("^(\\d{1,3})(?:\\.(\\d{1,3}))?$");

  /**
   * Checks the numbers.
   *
   * @throws IllegalArgumentException if either number lies outside 0 to 999
   */
  public StandardVersion {
    if (major < 0 || minor < 0 || major > 999 || minor > 999) {
      throw new IllegalArgumentException("version numbers lie between 0 and 999");
    }
  }

  /**
   * Parses text such as {@code "1.1"} or {@code "2"} (read as {@code 2.0}).
   *
   * @param text the input, may be {@code null}
   * @return the version, or the problems found
   */
  public static Validation<Seq<Problem>, StandardVersion> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(List.of(Problem.of("version.missing", "version", "a standard version is required")));
    }
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      return Validation.invalid(
          List.of(Problem.of("version.format", "version", "a standard version looks like 1.0 or 1.1")));
    }
    int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return Validation.valid(new StandardVersion(Integer.parseInt(m.group(1)), minor));
  }

  /**
   * Creates a version.
   *
   * @param major major number
   * @param minor minor number
   * @return the version
   */
  public static StandardVersion of(int major, int minor) {
    return new StandardVersion(major, minor);
  }

  @Override
  public int compareTo(StandardVersion other) {
    return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
