package dev.epakit.rules;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * What a rule's check found: whether the rule was satisfied, violated or not applicable, the
 * reasons, and the values the check read (name to value, in the order read).
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the outcome of the check
 * @param reasons why, for people; at least one when violated or not applicable
 * @param read the values the check read, such as {@code "resit deadline" -> "2025-06-01"}
 */
public record Finding(Status status, List<String> reasons, Map<String, String> read) {

  /** The outcome of a check. */
  public enum Status {
    /** The rule holds. */
    SATISFIED,
    /** The rule is broken. */
    VIOLATED,
    /** The rule does not concern this case. */
    NOT_APPLICABLE
  }

  /** Checks nothing is null. */
  public Finding {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reasons, "reasons");
    Objects.requireNonNull(read, "read");
  }

  /** @return a satisfied finding that read nothing */
  public static Finding satisfied() {
    return new Finding(Status.SATISFIED, List.empty(), LinkedHashMap.empty());
  }

  /** @param reason why the rule holds @return a satisfied finding */
  public static Finding satisfied(String reason) {
    return new Finding(Status.SATISFIED, List.of(reason), LinkedHashMap.empty());
  }

  /** @param reason why the rule is broken @return a violated finding */
  public static Finding violated(String reason) {
    return new Finding(Status.VIOLATED, List.of(reason), LinkedHashMap.empty());
  }

  /** @param reason why the rule does not apply @return a not-applicable finding */
  public static Finding notApplicable(String reason) {
    return new Finding(Status.NOT_APPLICABLE, List.of(reason), LinkedHashMap.empty());
  }

  /**
   * Either outcome, by a condition.
   *
   * @param holds whether the rule holds
   * @param ifHolds reason when it holds
   * @param ifBroken reason when it is broken
   * @return a satisfied or violated finding
   */
  public static Finding when(boolean holds, String ifHolds, String ifBroken) {
    return holds ? satisfied(ifHolds) : violated(ifBroken);
  }

  /**
   * This finding with one more value read.
   *
   * @param name what was read
   * @param value its value ({@code String.valueOf} is used)
   * @return a new finding
   */
  public Finding reading(String name, Object value) {
    return new Finding(status, reasons, read.put(name, String.valueOf(value)));
  }

  /** @return true when violated */
  public boolean violated() {
    return status == Status.VIOLATED;
  }
}
