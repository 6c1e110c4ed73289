/**
 * Holiday calendars and business-day conventions.
 *
 * <p>Standard calendars ({@code FR}, {@code FR-ALSACE-MOSELLE}, {@code UK}/{@code GB}, {@code US},
 * {@code WEEKENDS}) are defined as rule files under {@code src/main/resources}, each citing its legal
 * source. Hosts add their own through an immutable {@link dev.recovery.core.calendar.HolidayCalendarRegistry},
 * {@link dev.recovery.core.calendar.HolidayCalendar#ofDates} or
 * {@link dev.recovery.core.calendar.RuleBasedHolidayCalendar#parse}.
 */
package dev.recovery.core.calendar;
