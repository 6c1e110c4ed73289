package dev.recovery.core.calendar;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An immutable set of holiday calendars looked up by id; hosts add their own with {@link #with}.
 *
 * <p>Immutable and thread-safe: {@code with} returns a new registry and leaves this one unchanged,
 * so there is no global mutable state. A calendar added under an existing id replaces it.
 */
public final class HolidayCalendarRegistry {

  private static final class Standard {
    static final HolidayCalendarRegistry INSTANCE = new HolidayCalendarRegistry(Map.of())
        .with(HolidayCalendars.FR)
        .with(HolidayCalendars.FR_ALSACE_MOSELLE)
        .with(HolidayCalendars.UK)
        .with(HolidayCalendarId.of("GB"), HolidayCalendars.UK)
        .with(HolidayCalendars.US)
        .with(HolidayCalendars.WEEKENDS);
  }

  private final Map<HolidayCalendarId, HolidayCalendar> calendars;

  private HolidayCalendarRegistry(Map<HolidayCalendarId, HolidayCalendar> calendars) {
    this.calendars = calendars;
  }

  /** A registry with no calendars. */
  public static HolidayCalendarRegistry empty() {
    return new HolidayCalendarRegistry(Map.of());
  }

  /** The registry of the standard calendars: FR, FR-ALSACE-MOSELLE, UK (alias GB), US and WEEKENDS. */
  public static HolidayCalendarRegistry standard() {
    return Standard.INSTANCE;
  }

  /** A new registry with the calendar added under its own id (replacing any calendar with that id). */
  public HolidayCalendarRegistry with(HolidayCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return with(calendar.id(), calendar);
  }

  /** A new registry with the calendar added under the given id, for example an alias. */
  public HolidayCalendarRegistry with(HolidayCalendarId id, HolidayCalendar calendar) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(calendar, "calendar");
    TreeMap<HolidayCalendarId, HolidayCalendar> copy = new TreeMap<>(calendars);
    copy.put(id, calendar);
    return new HolidayCalendarRegistry(Collections.unmodifiableMap(copy));
  }

  /** The calendar with that id, if any. */
  public Optional<HolidayCalendar> find(HolidayCalendarId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(calendars.get(id));
  }

  /** The calendar with that id (case-insensitive), if any. */
  public Optional<HolidayCalendar> find(String id) {
    return find(HolidayCalendarId.of(id));
  }

  /**
   * The calendar with that id.
   *
   * @throws IllegalArgumentException naming the id and listing the known ids
   */
  public HolidayCalendar get(HolidayCalendarId id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("unknown holiday calendar '" + id
        + "'; known calendars: " + ids().stream().map(HolidayCalendarId::name).collect(Collectors.joining(", "))));
  }

  /**
   * The calendar with that id (case-insensitive).
   *
   * @throws IllegalArgumentException naming the id and listing the known ids
   */
  public HolidayCalendar get(String id) {
    return get(HolidayCalendarId.of(id));
  }

  /** The ids known to this registry, sorted, aliases included. */
  public SortedSet<HolidayCalendarId> ids() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(calendars.keySet()));
  }

  @Override
  public String toString() {
    return "HolidayCalendarRegistry" + ids();
  }
}
