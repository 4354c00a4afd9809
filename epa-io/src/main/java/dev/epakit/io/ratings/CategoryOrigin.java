package dev.epakit.io.ratings;

/**
 * Where the order of the categories (grades) of a file came from. Reports say which order they
 * used, because the weighted statistics, and any reading of "higher" and "lower", depend on it.
 */
public enum CategoryOrigin {
  /** Declared by the user, lowest first; every value in the file had to be one of them. */
  DECLARED,
  /** Every value in the file is a number, so the categories are sorted numerically. */
  NUMERIC,
  /** Labels, kept in the order in which they first appear in the file. */
  FIRST_APPEARANCE,
  /**
   * The common end-point assessment grades Fail, Pass, Merit and Distinction, in that order; the
   * grades no result used are left out.
   */
  STANDARD_GRADES;

  /**
   * A short description for reports, such as {@code "declared"} or {@code "order of first
   * appearance"}.
   *
   * @return the description, never {@code null}
   */
  public String describe() {
    return switch (this) {
      case DECLARED -> "declared";
      case NUMERIC -> "numeric";
      case FIRST_APPEARANCE -> "order of first appearance";
      case STANDARD_GRADES -> "the standard EPA grades";
    };
  }
}
