package dev.epakit.rules;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a rule's check found: whether the rule was satisfied, violated or not applicable, the
 * reasons, and the values the check read (name to value, in the order read).
 *
 * <p>Reasons may be given as suppliers: they are then built only when someone reads them, so
 * recording a fact that every rule allows costs no text. Immutable and thread-safe; equality is by
 * status, reasons and values read.
 */
public final class Finding {

  /** The outcome of a check. */
  public enum Status {
    /** The rule holds. */
    SATISFIED,
    /** The rule is broken. */
    VIOLATED,
    /** The rule does not concern this case. */
    NOT_APPLICABLE
  }

  private final Status status;
  /** Either a {@code List<String>} or a {@code Supplier<String>} of the single reason. */
  private final Object reasons;
  /** The values read, latest first. */
  private final List<Tuple2<String, Object>> readings;

  private Finding(Status status, Object reasons, List<Tuple2<String, Object>> readings) {
    this.status = Objects.requireNonNull(status, "status");
    this.reasons = reasons;
    this.readings = readings;
  }

  /**
   * A finding with the given reasons and values read.
   *
   * @param status the status, not {@code null}
   * @param reasons the reasons, not {@code null}
   * @param read the values read, not {@code null}
   */
  public Finding(Status status, List<String> reasons, Map<String, String> read) {
    this(status, Objects.requireNonNull(reasons, "reasons"),
        Objects.requireNonNull(read, "read").toList().reverse().map(t -> Tuple.of(t._1, (Object) t._2)));
  }

  private static Finding of(Status status, Supplier<String> reason) {
    return new Finding(status, reason, List.empty());
  }

  /** @return a satisfied finding that read nothing */
  public static Finding satisfied() {
    return new Finding(Status.SATISFIED, List.empty(), List.empty());
  }

  /** @param reason why the rule holds @return a satisfied finding */
  public static Finding satisfied(String reason) {
    return of(Status.SATISFIED, () -> reason);
  }

  /** @param reason why the rule holds, built on demand @return a satisfied finding */
  public static Finding satisfied(Supplier<String> reason) {
    return of(Status.SATISFIED, reason);
  }

  /** @param reason why the rule is broken @return a violated finding */
  public static Finding violated(String reason) {
    return of(Status.VIOLATED, () -> reason);
  }

  /** @param reason why the rule is broken, built on demand @return a violated finding */
  public static Finding violated(Supplier<String> reason) {
    return of(Status.VIOLATED, reason);
  }

  /** @param reason why the rule does not apply @return a not-applicable finding */
  public static Finding notApplicable(String reason) {
    return of(Status.NOT_APPLICABLE, () -> reason);
  }

  /** @param reason why the rule does not apply, built on demand @return a not-applicable finding */
  public static Finding notApplicable(Supplier<String> reason) {
    return of(Status.NOT_APPLICABLE, reason);
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
   * Either outcome, by a condition, with reasons built on demand.
   *
   * @param holds whether the rule holds
   * @param ifHolds reason when it holds
   * @param ifBroken reason when it is broken
   * @return a satisfied or violated finding
   */
  public static Finding when(boolean holds, Supplier<String> ifHolds, Supplier<String> ifBroken) {
    return holds ? satisfied(ifHolds) : violated(ifBroken);
  }

  /**
   * This finding with one more value read; the value is turned into text on demand.
   *
   * @param name what was read
   * @param value its value ({@code String.valueOf} is used)
   * @return a new finding
   */
  public Finding reading(String name, Object value) {
    return new Finding(status, reasons, readings.prepend(Tuple.of(name, value)));
  }

  /** @return the outcome of the check */
  public Status status() {
    return status;
  }

  /** @return why, for people; at least one when violated or not applicable */
  @SuppressWarnings("unchecked")
  public List<String> reasons() {
    return reasons instanceof Supplier<?> reason ? List.of(String.valueOf(reason.get())) : (List<String>) reasons;
  }

  /** @return the values the check read, such as {@code "resit deadline" -> "2025-06-01"} */
  public Map<String, String> read() {
    LinkedHashMap<String, String> read = LinkedHashMap.empty();
    for (Tuple2<String, Object> t : readings.reverse()) {
      if (read.containsKey(t._1)) {
        return readAgain(); // a name read twice: keep the general rules of ofEntries
      }
      read = read.put(t._1, String.valueOf(t._2));
    }
    return read;
  }

  private Map<String, String> readAgain() {
    return LinkedHashMap.ofEntries(readings.reverse().map(t -> Tuple.of(t._1, String.valueOf(t._2))));
  }

  /** @return true when violated */
  public boolean violated() {
    return status == Status.VIOLATED;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f && status == f.status && reasons().equals(f.reasons()) && read().equals(f.read());
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, reasons(), read());
  }

  @Override
  public String toString() {
    return status + reasons().mkString(": ", "; ", "")
        + (readings.isEmpty() ? "" : read().map(t -> t._1 + " = " + t._2).mkString(" (", ", ", ")"));
  }
}
