package dev.epakit.io.ratings;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a CSV file: where it is (the line, and the column by its header name when
 * the problem concerns one cell), a stable code, and a message for people.
 *
 * <p>Readers in this package never throw on bad input; they collect every problem they find and
 * return them all at once. A problem is either {@link Kind#UNREADABLE}, when the file cannot be
 * read as a table of the expected shape at all (not UTF-8, empty, broken quoting, a required
 * column missing), or {@link Kind#INVALID}, when the table was read but some rows are wrong (a
 * ragged row, an unknown grade, a blank assessor). The command line exits with 2 for the first
 * kind and 1 for the second.
 *
 * <p>Immutable and thread-safe; no component is {@code null}.
 *
 * @param kind whether the file could be read at all
 * @param line the 1-based line the problem is on, the header being line 1; 0 when the problem
 *     concerns the file as a whole
 * @param column the header name of the column concerned, if the problem concerns one cell
 * @param code stable identifier of the kind of problem, such as {@code "grade.unknown"}
 * @param message explanation for people, in English, not blank
 */
public record CsvProblem(Kind kind, long line, Optional<String> column, String code, String message) {

  /** Whether the file could be read as a table at all. */
  public enum Kind {
    /** The file cannot be read as a table of the expected shape; nothing in it can be used. */
    UNREADABLE,
    /** The table was read, but some of its rows or cells are wrong. */
    INVALID
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if the line is negative or the code or message blank
   */
  public CsvProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative, was " + line);
    }
    if (code.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("code and message must not be blank");
    }
  }

  /**
   * A problem that makes the whole file unusable.
   *
   * @param line the line, or 0 for the file as a whole
   * @param code stable code, not blank
   * @param message message for people, not blank
   * @return the problem, never {@code null}
   */
  public static CsvProblem unreadable(long line, String code, String message) {
    return new CsvProblem(Kind.UNREADABLE, line, Optional.empty(), code, message);
  }

  /**
   * A problem with one row, not tied to a single cell.
   *
   * @param line the line of the row
   * @param code stable code, not blank
   * @param message message for people, not blank
   * @return the problem, never {@code null}
   */
  public static CsvProblem invalid(long line, String code, String message) {
    return new CsvProblem(Kind.INVALID, line, Optional.empty(), code, message);
  }

  /**
   * A problem with one cell.
   *
   * @param line the line of the row
   * @param column the header name of the cell's column, not {@code null}
   * @param code stable code, not blank
   * @param message message for people, not blank
   * @return the problem, never {@code null}
   */
  public static CsvProblem invalid(long line, String column, String code, String message) {
    return new CsvProblem(Kind.INVALID, line, Optional.of(column), code, message);
  }

  /**
   * Tells whether this problem makes the whole file unusable.
   *
   * @return {@code true} for {@link Kind#UNREADABLE}
   */
  public boolean isUnreadable() {
    return kind == Kind.UNREADABLE;
  }

  /**
   * The problem as one line of text, such as {@code line 12, column 'grade': unknown grade
   * 'Pas'}.
   *
   * @return the text, never {@code null}
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (line > 0) {
      s.append("line ").append(line);
      column.ifPresent(c -> s.append(", column '").append(c).append('\''));
      s.append(": ");
    } else {
      column.ifPresent(c -> s.append("column '").append(c).append("': "));
    }
    return s.append(message).toString();
  }
}
