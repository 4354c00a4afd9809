package dev.epakit.core.plan;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md section 4: "Appeal deadlines are set by each EPAO (20 working days, 28 days, 31 days
 * are all seen)."
 */
class AppealPeriodTest {

  @Test
  void twentyWorkingDaysFromAFridaySkipWeekends() {
    LocalDate friday = LocalDate.of(2024, 6, 7);
    assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    // Working days counted by hand, starting the day after notification:
    //   Mon 10 June .. Fri 14 June  =  1 ..  5
    //   Mon 17 June .. Fri 21 June  =  6 .. 10
    //   Mon 24 June .. Fri 28 June  = 11 .. 15
    //   Mon  1 July .. Fri  5 July  = 16 .. 20
    // so the last day to appeal is Friday 5 July 2024 (28 calendar days later).
    assertThat(AppealPeriod.workingDays(20).deadline(friday)).isEqualTo(LocalDate.of(2024, 7, 5));
  }

  @Test
  void workingDaysDoNotSkipBankHolidays() {
    // Notified Friday 13 December 2024. By hand: Mon 16 .. Fri 20 Dec = 1..5; Mon 23 .. Fri 27 Dec
    // = 6..10 (Christmas and Boxing Day count: bank holidays are not known); Mon 30 Dec .. Fri 3 Jan
    // = 11..15; Mon 6 .. Fri 10 Jan 2025 = 16..20.
    assertThat(AppealPeriod.workingDays(20).deadline(LocalDate.of(2024, 12, 13)))
        .isEqualTo(LocalDate.of(2025, 1, 10));
  }

  @Test
  void oneWorkingDayFromAFridayOrAWeekendIsTheMonday() {
    assertThat(AppealPeriod.workingDays(1).deadline(LocalDate.of(2024, 6, 7))).isEqualTo(LocalDate.of(2024, 6, 10));
    assertThat(AppealPeriod.workingDays(1).deadline(LocalDate.of(2024, 6, 8))).isEqualTo(LocalDate.of(2024, 6, 10));
    assertThat(AppealPeriod.workingDays(1).deadline(LocalDate.of(2024, 6, 9))).isEqualTo(LocalDate.of(2024, 6, 10));
  }

  @Test
  void fiveWorkingDaysFromATuesdayIsTheNextTuesday() {
    // Notified Tuesday 11 June 2024: Wed 12, Thu 13, Fri 14, Mon 17, Tue 18 June.
    assertThat(AppealPeriod.workingDays(5).deadline(LocalDate.of(2024, 6, 11))).isEqualTo(LocalDate.of(2024, 6, 18));
  }

  @Test
  void calendarDaysCountEveryDay() {
    // 28 days from 1 February 2024 (a leap year) is 29 February.
    assertThat(AppealPeriod.calendarDays(28).deadline(LocalDate.of(2024, 2, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
    // 31 days from 31 January 2024: 29 to the end of February, then 2 March.
    assertThat(AppealPeriod.calendarDays(31).deadline(LocalDate.of(2024, 1, 31))).isEqualTo(LocalDate.of(2024, 3, 2));
    // A calendar deadline may fall on a weekend: 1 day from Friday 7 June 2024 is Saturday 8 June.
    assertThat(AppealPeriod.calendarDays(1).deadline(LocalDate.of(2024, 6, 7))).isEqualTo(LocalDate.of(2024, 6, 8));
  }

  @Test
  void factoriesAndToString() {
    assertThat(AppealPeriod.workingDays(20)).isEqualTo(new AppealPeriod(20, AppealPeriod.Unit.WORKING_DAYS))
        .hasToString("20 working days");
    assertThat(AppealPeriod.calendarDays(28)).isEqualTo(new AppealPeriod(28, AppealPeriod.Unit.CALENDAR_DAYS))
        .hasToString("28 days");
  }

  @Test
  void equality() {
    assertEqualValues(AppealPeriod.workingDays(20), AppealPeriod.workingDays(20));
    assertDifferentValues(AppealPeriod.workingDays(20), AppealPeriod.calendarDays(20));
    assertDifferentValues(AppealPeriod.calendarDays(28), AppealPeriod.calendarDays(31));
  }

  @Test
  void aPeriodIsAtLeastOneDay() {
    assertThatThrownBy(() -> AppealPeriod.workingDays(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AppealPeriod.calendarDays(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AppealPeriod(20, null)).isInstanceOf(NullPointerException.class);
  }
}
