package dev.epakit.io.plan;

import dev.epakit.core.plan.AppealPeriod;
import io.vavr.control.Either;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as plan files write them: {@code 3 months}, {@code 1 year 6 months}, {@code 2 weeks},
 * {@code 28 days}, and for appeal periods also {@code 20 working days}. Units may be singular or
 * plural and in any letter case. Stateless and thread-safe.
 */
public final class DurationText {

  private static final Pattern PART = Pattern.compile("(\\d{1,6})\\s*(years?|months?|weeks?|days?)");
  private static final Pattern APPEAL = Pattern.compile("(\\d{1,6})\\s+(working\\s+days?|days?|calendar\\s+days?)");

  private DurationText() {}

  /**
   * Reads a period such as {@code 3 months} or {@code 1 year 6 months}.
   *
   * @param text the text, not {@code null}
   * @return the period (possibly zero), or a message saying what is wrong
   */
  public static Either<String, Period> parsePeriod(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT).replace(',', ' ').replaceAll("\\s+and\\s+", " ");
    if (s.isEmpty()) {
      return Either.left("expected a duration such as '3 months'");
    }
    Matcher m = PART.matcher(s);
    int at = 0;
    int years = 0;
    int months = 0;
    int days = 0;
    boolean[] seen = new boolean[4];
    while (at < s.length()) {
      while (at < s.length() && s.charAt(at) == ' ') {
        at++;
      }
      if (at == s.length()) {
        break;
      }
      if (!m.find(at) || m.start() != at) {
        return Either.left("'" + text.strip() + "' is not a duration: write a number and a unit, such as '3 months', '1 year 6 months', '2 weeks' or '28 days'"
            + (s.contains("working") ? " (working days are for appeal periods only)" : ""));
      }
      int n = Integer.parseInt(m.group(1));
      String unit = m.group(2);
      int kind = unit.startsWith("year") ? 0 : unit.startsWith("month") ? 1 : unit.startsWith("week") ? 2 : 3;
      if (seen[kind]) {
        return Either.left("'" + text.strip() + "' gives the " + unit.replaceAll("s$", "") + "s twice");
      }
      seen[kind] = true;
      switch (kind) {
        case 0 -> years = n;
        case 1 -> months = n;
        case 2 -> days += 7 * n;
        default -> days += n;
      }
      at = m.end();
    }
    return Either.right(Period.of(years, months, days));
  }

  /**
   * Reads an appeal period such as {@code 20 working days} or {@code 28 days}.
   *
   * @param text the text, not {@code null}
   * @return the period, or a message saying what is wrong
   */
  public static Either<String, AppealPeriod> parseAppealPeriod(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Matcher m = APPEAL.matcher(s);
    if (!m.matches()) {
      return Either.left("'" + text.strip() + "' is not an appeal period: write '20 working days' or '28 days'");
    }
    int n = Integer.parseInt(m.group(1));
    if (n < 1) {
      return Either.left("an appeal period is at least one day");
    }
    return Either.right(m.group(2).startsWith("working") ? AppealPeriod.workingDays(n) : AppealPeriod.calendarDays(n));
  }

  /**
   * Writes a period as plan files do: {@code 1 year 6 months}, {@code 14 days}; a zero period is
   * {@code 0 days}.
   *
   * @param period the period, not {@code null}; negative parts are written as they are
   * @return the text, which {@link #parsePeriod} reads back to an equal period when no part is
   *     negative
   */
  public static String format(Period period) {
    List<String> parts = new ArrayList<>();
    add(parts, period.getYears(), "year");
    add(parts, period.getMonths(), "month");
    add(parts, period.getDays(), "day");
    return parts.isEmpty() ? "0 days" : String.join(" ", parts);
  }

  /**
   * Writes an appeal period: {@code 20 working days} or {@code 28 days}.
   *
   * @param period the period, not {@code null}
   * @return the text
   */
  public static String format(AppealPeriod period) {
    return period.toString();
  }

  private static void add(List<String> parts, int n, String unit) {
    if (n != 0) {
      parts.add(n + " " + unit + (Math.abs(n) == 1 ? "" : "s"));
    }
  }
}
