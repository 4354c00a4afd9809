package dev.epakit.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AppealPeriodProperties {

  @Property
  void aWorkingDayDeadlineIsAWeekdayWithExactlyTheRightNumberOfWeekdaysBeforeIt(
      @ForAll @IntRange(min = 0, max = 3650) int dayOffset, @ForAll @IntRange(min = 1, max = 60) int days) {
    LocalDate notified = LocalDate.of(2017, 1, 1).plusDays(dayOffset);
    LocalDate deadline = AppealPeriod.workingDays(days).deadline(notified);
    assertThat(isWeekend(deadline)).isFalse();
    long weekdays = notified.plusDays(1).datesUntil(deadline.plusDays(1)).filter(d -> !isWeekend(d)).count();
    assertThat(weekdays).isEqualTo(days);
  }

  @Property
  void aCalendarDeadlineIsExactlyThatManyDaysLater(
      @ForAll @IntRange(min = 0, max = 3650) int dayOffset, @ForAll @IntRange(min = 1, max = 60) int days) {
    LocalDate notified = LocalDate.of(2017, 1, 1).plusDays(dayOffset);
    assertThat(ChronoUnit.DAYS.between(notified, AppealPeriod.calendarDays(days).deadline(notified))).isEqualTo(days);
  }

  @Property
  void workingDaysNeverEndBeforeCalendarDays(
      @ForAll @IntRange(min = 0, max = 3650) int dayOffset, @ForAll @IntRange(min = 1, max = 60) int days) {
    LocalDate notified = LocalDate.of(2017, 1, 1).plusDays(dayOffset);
    assertThat(AppealPeriod.workingDays(days).deadline(notified))
        .isAfterOrEqualTo(AppealPeriod.calendarDays(days).deadline(notified));
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
