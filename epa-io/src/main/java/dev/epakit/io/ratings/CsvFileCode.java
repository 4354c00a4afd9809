package dev.epakit.io.ratings;

import dev.epakit.io.Diagnostic;
import java.util.Optional;

/**
 * Every problem the readers of results and ratings files report, each with a stable code, and
 * whether it makes the whole file unusable. Every problem is a {@link Diagnostic} of severity
 * error; {@link #isUnreadable(Diagnostic)} tells the two kinds apart: a file that cannot be read as
 * a table of the expected shape at all (not UTF-8, empty, broken quoting, a required column
 * missing), and a table that was read but has wrong rows (a ragged row, an unknown grade, a blank
 * assessor). The command line exits with 2 for the first kind and 1 for the second. Codes never
 * change meaning once published.
 */
public enum CsvFileCode {
  /** The file does not exist. */
  FILE_MISSING("file.missing", true),
  /** The file could not be read. */
  FILE_IO("file.io", true),
  /** The file holds nothing. */
  FILE_EMPTY("file.empty", true),
  /** The file is not UTF-8. */
  FILE_ENCODING("file.encoding", true),
  /** The text is not CSV (broken quoting, a value over the stream limits). */
  CSV_SYNTAX("csv.syntax", true),
  /** A ratings header names fewer than two raters. */
  HEADER_RATERS("header.raters", true),
  /** A ratings header has a blank rater. */
  HEADER_BLANK("header.blank", true),
  /** The header names a column twice. */
  HEADER_DUPLICATE("header.duplicate", true),
  /** The header lacks a required column. */
  HEADER_MISSING("header.missing", true),
  /** A results file with a header and no results. */
  FILE_NO_RESULTS("file.no-results", false),
  /** A ratings file with a header and no units. */
  FILE_NO_UNITS("file.no-units", false),
  /** Every rating of a ratings file is missing. */
  RATINGS_NONE("ratings.none", false),
  /** A row with more or fewer values than the header has columns. */
  ROW_WIDTH("row.width", false),
  /** A blank assessor. */
  ASSESSOR_BLANK("assessor.blank", false),
  /** A blank grade. */
  GRADE_BLANK("grade.blank", false),
  /** A grade not on the scale. */
  GRADE_UNKNOWN("grade.unknown", false),
  /** A date that is not a date. */
  DATE_INVALID("date.invalid", false),
  /** A blank unit. */
  UNIT_BLANK("unit.blank", false),
  /** A unit rated on an earlier line. */
  UNIT_DUPLICATE("unit.duplicate", false),
  /** A rating not among the categories. */
  CATEGORY_UNKNOWN("category.unknown", false),
  /** The count of problems past the first hundred, which are not listed. */
  PROBLEMS_MORE("problems.more", false);

  private final String code;
  private final boolean unreadable;

  CsvFileCode(String code, boolean unreadable) {
    this.code = code;
    this.unreadable = unreadable;
  }

  /** The stable code, such as {@code "grade.unknown"}. @return the code, never {@code null} */
  public String code() {
    return code;
  }

  /**
   * Whether a problem of this kind makes the whole file unusable.
   *
   * @return {@code true} when nothing in the file can be used
   */
  public boolean unreadable() {
    return unreadable;
  }

  /**
   * The kind of problem with this code.
   *
   * @param code a code, not {@code null}
   * @return the kind, or empty when no reader of this package reports the code
   */
  public static Optional<CsvFileCode> of(String code) {
    for (CsvFileCode c : values()) {
      if (c.code.equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a diagnostic of the readers of this package says the whole file is unusable.
   *
   * @param diagnostic the diagnostic, not {@code null}
   * @return {@code true} for a code of this package that is {@link #unreadable()}
   */
  public static boolean isUnreadable(Diagnostic diagnostic) {
    return of(diagnostic.code()).map(CsvFileCode::unreadable).orElse(false);
  }

  /** A problem of the file as a whole or of a whole row. */
  Diagnostic at(String file, long line, String message) {
    return new Diagnostic(file, clamp(line), 0, code, Diagnostic.Severity.ERROR, message);
  }

  /**
   * A problem of one cell: its 1-based column, the header's name as the field, and the name in the
   * message too, since a diagnostic's text shows the column only by number.
   */
  Diagnostic at(String file, long line, int column, String header, String message) {
    return new Diagnostic(file, clamp(line), column + 1, code, Diagnostic.Severity.ERROR,
        "column '" + header + "': " + message, header);
  }

  /** Lines past the range of an int (over two billion) are reported as the last int line. */
  private static int clamp(long line) {
    return (int) Math.min(line, Integer.MAX_VALUE);
  }
}
