package dev.epakit.core.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How long after an outcome is notified an appeal may be lodged: an EPAO setting, not a national
 * rule (20 working days, 28 days and 31 days are all seen).
 *
 * <p>Working days skip Saturdays and Sundays only: bank holidays are not known to EPA Kit, so an
 * EPAO that counts them should set calendar days or a longer period. Immutable and thread-safe.
 *
 * @param length the number of days, 1 or more
 * @param unit calendar or working days, never {@code null}
 */
public record AppealPeriod(int length, Unit unit) {

  /** How the days are counted. */
  public enum Unit {
    /** Every day counts. */
    CALENDAR_DAYS,
    /** Monday to Friday count. */
    WORKING_DAYS
  }

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if {@code length} is below 1
   */
  public AppealPeriod {
    Objects.requireNonNull(unit, "unit");
    if (length < 1) {
      throw new IllegalArgumentException("an appeal period is at least one day");
    }
  }

  /** A period of calendar days. @param days 1 or more @return the period */
  public static AppealPeriod calendarDays(int days) {
    return new AppealPeriod(days, Unit.CALENDAR_DAYS);
  }

  /** A period of working days. @param days 1 or more @return the period */
  public static AppealPeriod workingDays(int days) {
    return new AppealPeriod(days, Unit.WORKING_DAYS);
  }

  /**
   * The last day on which an appeal may be lodged.
   *
   * @param notified the date the outcome was notified, not {@code null}
   * @return the deadline, inclusive
   */
  public LocalDate deadline(LocalDate notified) {
    if (unit == Unit.CALENDAR_DAYS) {
      return notified.plusDays(length);
    }
    // any seven days in a row hold five working days: skip whole weeks, then walk the rest
    int weeks = (length - 1) / 5;
    LocalDate day = notified.plusDays(7L * weeks);
    int left = length - 5 * weeks;
    while (left > 0) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return day;
  }

  @Override
  public String toString() {
    return length + (unit == Unit.CALENDAR_DAYS ? " days" : " working days");
  }
}
