package dev.epakit.io.assessments;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The order of the grade names of the Record a grade service, worst first: Fail, Pass, Credit,
 * Merit, Distinction, Pass with excellence, Outstanding. Used to put grades written as names in
 * order when a file declares no scale of its own; a name outside this list needs a declared scale.
 *
 * <p>Thread-safe: holds no state.
 */
public final class GradeOrder {

  /** The grade names in order, worst first. */
  public static final List<String> NAMES = List.of(
      "Fail", "Pass", "Credit", "Merit", "Distinction", "Pass with excellence", "Outstanding");

  private GradeOrder() {}

  /**
   * Returns the rank of a grade name, ignoring case.
   *
   * @param grade the name, not null
   * @return its rank (0 for Fail), or empty when the name is not a Record a grade grade
   */
  public static OptionalInt rank(String grade) {
    String lower = grade.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < NAMES.size(); i++) {
      if (NAMES.get(i).toLowerCase(Locale.ROOT).equals(lower)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Tells whether a grade name is a fail.
   *
   * @param grade the name, not null
   * @return true for "Fail" or "No grade awarded", ignoring case
   */
  public static boolean isFail(String grade) {
    String lower = grade.strip().toLowerCase(Locale.ROOT);
    return lower.equals("fail") || lower.equals("no grade awarded");
  }
}
