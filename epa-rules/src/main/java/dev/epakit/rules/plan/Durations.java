package dev.epakit.rules.plan;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Periods in the words plan files use: {@code 3 months}, {@code 1 year 6 months}, {@code 14 days}. */
final class Durations {

  private Durations() {}

  static String describe(Period period) {
    List<String> parts = new ArrayList<>();
    add(parts, period.getYears(), "year");
    add(parts, period.getMonths(), "month");
    add(parts, period.getDays(), "day");
    return parts.isEmpty() ? "0 days" : String.join(" ", parts);
  }

  private static void add(List<String> parts, int n, String unit) {
    if (n != 0) {
      parts.add(n + " " + unit + (Math.abs(n) == 1 ? "" : "s"));
    }
  }
}
