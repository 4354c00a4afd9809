package dev.epakit.io.plan;

import dev.epakit.io.Diagnostic;

import dev.epakit.rules.plan.Severity;

/**
 * Every problem the reader of plan files reports before the plan checks run, each with a stable
 * code, a severity and a one-line title. The plan checks' own codes are those of {@link
 * dev.epakit.rules.plan.PlanCheckKind}; {@link DiagnosticCode#all()} lists both. Codes never change
 * meaning once published.
 */
public enum PlanFileCode {
  /** The path does not exist. */
  FILE_NOT_FOUND("file.not-found", "The file or directory exists"),
  /** The path could not be read. */
  FILE_UNREADABLE("file.unreadable", "The file can be read"),
  /** The file is larger than the reader's limit. */
  FILE_TOO_LARGE("file.too-large", "The file is at most 1 MiB and 100,000 values"),
  /** The file holds nothing but white space and comments. */
  FILE_EMPTY("file.empty", "The file holds a plan"),
  /** The file holds binary data. */
  FILE_BINARY("file.binary", "The file is text"),
  /** The file is not UTF-8. */
  FILE_ENCODING("file.encoding", "The file is UTF-8 text"),
  /** A directory holds no plan files. */
  DIRECTORY_NO_PLANS("directory.no-plans", "A directory given holds plan files (*.yaml, *.yml, *.json)"),
  /** The text is not valid YAML or JSON. */
  YAML_SYNTAX("yaml.syntax", "The file is valid YAML or JSON"),
  /** Lists and mappings are nested too deep. */
  YAML_TOO_DEEP("yaml.too-deep", "Lists and mappings are nested at most 64 deep"),
  /** Too many aliases of lists or mappings. */
  YAML_ALIASES("yaml.aliases", "At most 50 aliases of lists or mappings"),
  /** More than one YAML document. */
  YAML_MULTIPLE_DOCUMENTS("yaml.multiple-documents", "A plan file holds one document"),
  /** A key the format does not know. */
  KEY_UNKNOWN("key.unknown", "Every key is one the format knows"),
  /** A key given twice in one mapping. */
  KEY_DUPLICATE("key.duplicate", "No key appears twice in one mapping"),
  /** A required key is missing. */
  KEY_MISSING("key.missing", "Every required key is given"),
  /** A value of the wrong type (a list for a text, text for a number, ...). */
  VALUE_TYPE("value.type", "Every value has the type the format expects"),
  /** A value of the right type that is malformed or out of range. */
  VALUE_INVALID("value.invalid", "Every value is well formed: references, versions, dates, durations, ids"),
  /** A grade that the scale concerned does not have. */
  GRADE_UNKNOWN("grade.unknown", "Grades named are grades of the scale concerned"),
  /** A grade listed twice in one scale. */
  GRADE_DUPLICATE("grade.duplicate", "A scale lists each grade once"),
  /** Failing grades that are not the lowest of their scale. */
  GRADES_FAILING_NOT_LOWEST("grades.failing-not-lowest", "Failing grades are the lowest of their scale"),
  /** A scale without a passing grade. */
  GRADES_NO_PASSING("grades.no-passing", "A scale has at least one passing grade"),
  /** A grading row names a method the plan does not have. */
  METHOD_UNKNOWN("method.unknown", "Grading rows name methods of the plan"),
  /** A grading row with the wrong number of cells. */
  ROW_SIZE("row.size", "A grading row written as a list has a cell per method and the overall grade"),
  /** A score band for the lowest grade, which needs none. */
  BANDS_LOWEST_GRADE("bands.lowest-grade", "The lowest grade has no threshold: it takes every score below the first"),
  /** A grade above the lowest without a score threshold. */
  BANDS_MISSING_GRADE("bands.missing-grade", "Every grade above the lowest has a threshold"),
  /** A score threshold outside 1 to the maximum. */
  BANDS_OUT_OF_RANGE("bands.out-of-range", "Thresholds lie between 1 and the maximum score"),
  /** The reader failed unexpectedly: a defect of EPA Kit. */
  READER_DEFECT("reader.defect", "The reader never fails (please report the file if it does)");

  private final String code;
  private final String title;

  PlanFileCode(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** The stable code, such as {@code "key.unknown"}. @return the code, never {@code null} */
  public String code() {
    return code;
  }

  /** Every reader problem is an error. @return {@link Severity#ERROR} */
  public Severity severity() {
    return Severity.ERROR;
  }

  /** What the format requires, in one line. @return the title, never {@code null} */
  public String title() {
    return title;
  }

  /**
   * Whether the problem is that the path could not be read at all (missing or unreadable), which
   * command lines report as a usage error rather than a finding.
   *
   * @return true for {@link #FILE_NOT_FOUND} and {@link #FILE_UNREADABLE}
   */
  public boolean unreadable() {
    return this == FILE_NOT_FOUND || this == FILE_UNREADABLE;
  }

  /**
   * Whether a diagnostic says a path could not be read at all (missing or unreadable).
   *
   * @param diagnostic a diagnostic, not {@code null}
   * @return true for the codes of {@link #FILE_NOT_FOUND} and {@link #FILE_UNREADABLE}
   */
  public static boolean unreadable(Diagnostic diagnostic) {
    return diagnostic.code().equals(FILE_NOT_FOUND.code()) || diagnostic.code().equals(FILE_UNREADABLE.code());
  }
}
