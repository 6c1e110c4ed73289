package dev.recovery.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A holiday calendar defined by a rule file: fixed dates, Easter offsets, n-th or last weekday of a
 * month, one-off dates, with validity years and weekend observance.
 *
 * <p>Immutable and thread-safe. Holidays from 1900 to 2199 are precomputed into a bitset when the
 * calendar is built, so {@link #isBusinessDay(LocalDate)} is constant-time and allocation-free; other
 * years are computed on demand.
 *
 * <p>File format, one directive per line; {@code #} starts a comment:
 *
 * <pre>
 * name France (metropolitan)          optional display name
 * weekend SAT SUN                     optional, Saturday and Sunday by default
 * fixed 05-08 from 1982 Victoire 1945 month-day every year
 * easter +1 Lundi de Pâques           days from Easter Sunday (anonymous Gregorian algorithm)
 * nth-weekday 1 MON 05 Early May      n-th (1-5) weekday of a month
 * last-weekday MON 05 Spring bank     last weekday of a month
 * date 2022-06-03 Platinum Jubilee    one-off holiday
 * </pre>
 *
 * <p>Modifiers between the rule and the holiday name: {@code from YYYY}, {@code until YYYY} (both
 * inclusive), {@code except YYYY[,YYYY...]} and {@code observed none|sunday-to-monday|nearest-weekday|substitute}.
 * The holiday's own date is always a holiday; an observed date is added when it falls on a weekend:
 * {@code nearest-weekday} moves Saturday to Friday and Sunday to Monday (US federal), {@code substitute}
 * takes the next weekday not already a holiday (UK substitute days, processed in date order).
 */
public final class RuleBasedHolidayCalendar implements HolidayCalendar {

  private final HolidayCalendarId id;
  private final String name;
  private final Set<DayOfWeek> weekend;
  private final List<HolidayRule> rules;
  private final BusinessDayTable table;

  private RuleBasedHolidayCalendar(HolidayCalendarId id, String name, Set<DayOfWeek> weekend, List<HolidayRule> rules) {
    this.id = id;
    this.name = name;
    this.weekend = Collections.unmodifiableSet(EnumSet.copyOf(weekend));
    this.rules = List.copyOf(rules);
    List<LocalDate> all = new ArrayList<>();
    for (int y = BusinessDayTable.FIRST_YEAR; y <= BusinessDayTable.LAST_YEAR; y++) {
      all.addAll(holidaysWithNames(y).keySet());
    }
    this.table = new BusinessDayTable(weekend, all, d -> holidaysWithNames(d.getYear()).containsKey(d));
  }

  /**
   * Reads a rule file (see the class documentation for the format).
   *
   * @param name the display name, or null to use the file's {@code name} directive (or the id)
   * @throws IllegalArgumentException naming the line and what was expected when the file is malformed
   * @throws UncheckedIOException if the reader fails
   */
  public static RuleBasedHolidayCalendar parse(HolidayCalendarId id, String name, Reader reader) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reader, "reader");
    List<HolidayRule> rules = new ArrayList<>();
    Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    String fileName = null;
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (content.isEmpty()) {
          continue;
        }
        try {
          String[] tokens = content.split("\\s+");
          String directive = tokens[0].toLowerCase(Locale.ROOT);
          if (directive.equals("name")) {
            fileName = content.substring(tokens[0].length()).strip();
          } else if (directive.equals("weekend")) {
            weekend = EnumSet.noneOf(DayOfWeek.class);
            for (int i = 1; i < tokens.length; i++) {
              weekend.add(dayOfWeek(tokens[i]));
            }
          } else {
            rules.add(parseRule(tokens));
          }
        } catch (IllegalArgumentException | DateTimeException e) {
          throw new IllegalArgumentException("holiday rules for " + id + ", line " + lineNo + " '" + content + "': "
              + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday rules for " + id, e);
    }
    String display = name != null ? name : fileName != null ? fileName : id.name();
    return new RuleBasedHolidayCalendar(id, display, weekend, rules);
  }

  /** Reads a rule file; see {@link #parse(HolidayCalendarId, String, Reader)}. */
  public static RuleBasedHolidayCalendar parse(String id, String name, Reader reader) {
    return parse(HolidayCalendarId.of(id), name, reader);
  }

  /** Reads rules given as text; see {@link #parse(HolidayCalendarId, String, Reader)}. */
  public static RuleBasedHolidayCalendar parse(HolidayCalendarId id, String name, String rules) {
    return parse(id, name, new StringReader(Objects.requireNonNull(rules, "rules")));
  }

  private static HolidayRule parseRule(String[] t) {
    String directive = t[0].toLowerCase(Locale.ROOT);
    HolidayRule.Type type;
    int month = 0;
    int day = 0;
    int nth = 0;
    DayOfWeek dow = null;
    int offset = 0;
    LocalDate date = null;
    int i;
    switch (directive) {
      case "fixed": {
        need(t, 2, "fixed MM-DD <name>");
        String[] md = t[1].split("-");
        if (md.length != 2) {
          throw new IllegalArgumentException("expected a month-day like 05-08, found '" + t[1] + "'");
        }
        month = integer(md[0], "month");
        day = integer(md[1], "day");
        LocalDate.of(2000, month, day); // validates, leap year allows 02-29
        type = HolidayRule.Type.FIXED;
        i = 2;
        break;
      }
      case "easter":
        need(t, 2, "easter +N <name>");
        offset = integer(t[1].startsWith("+") ? t[1].substring(1) : t[1], "Easter offset");
        type = HolidayRule.Type.EASTER;
        i = 2;
        break;
      case "nth-weekday":
        need(t, 4, "nth-weekday N DOW MM <name>");
        nth = integer(t[1], "n");
        if (nth < 1 || nth > 5) {
          throw new IllegalArgumentException("n must be 1 to 5, found " + nth);
        }
        dow = dayOfWeek(t[2]);
        month = month(t[3]);
        type = HolidayRule.Type.NTH_WEEKDAY;
        i = 4;
        break;
      case "last-weekday":
        need(t, 3, "last-weekday DOW MM <name>");
        dow = dayOfWeek(t[1]);
        month = month(t[2]);
        type = HolidayRule.Type.LAST_WEEKDAY;
        i = 3;
        break;
      case "date":
        need(t, 2, "date YYYY-MM-DD <name>");
        try {
          date = LocalDate.parse(t[1]);
        } catch (DateTimeException e) {
          throw new IllegalArgumentException("expected a date like 2022-06-03, found '" + t[1] + "'", e);
        }
        type = HolidayRule.Type.DATE;
        i = 2;
        break;
      default:
        throw new IllegalArgumentException("unknown directive '" + t[0]
            + "'; expected name, weekend, fixed, easter, nth-weekday, last-weekday or date");
    }
    int from = Integer.MIN_VALUE;
    int until = Integer.MAX_VALUE;
    Set<Integer> except = new HashSet<>();
    HolidayRule.Observance observance = HolidayRule.Observance.NONE;
    while (i < t.length) {
      String m = t[i].toLowerCase(Locale.ROOT);
      if (m.equals("from") || m.equals("until") || m.equals("except") || m.equals("observed")) {
        if (i + 1 >= t.length) {
          throw new IllegalArgumentException("'" + t[i] + "' needs a value");
        }
        String v = t[i + 1];
        switch (m) {
          case "from":
            from = integer(v, "from year");
            break;
          case "until":
            until = integer(v, "until year");
            break;
          case "except":
            for (String y : v.split(",")) {
              except.add(integer(y, "except year"));
            }
            break;
          default:
            observance = observance(v);
        }
        i += 2;
      } else {
        break;
      }
    }
    if (i >= t.length) {
      throw new IllegalArgumentException("missing holiday name");
    }
    if (from > until) {
      throw new IllegalArgumentException("from " + from + " is after until " + until);
    }
    String name = String.join(" ", Arrays.copyOfRange(t, i, t.length));
    return new HolidayRule(type, month, day, nth, dow, offset, date, observance, from, until, Set.copyOf(except), name);
  }

  private static void need(String[] t, int n, String usage) {
    if (t.length < n) {
      throw new IllegalArgumentException("expected '" + usage + "'");
    }
  }

  private static int integer(String s, String field) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a whole number, found '" + s + "'", e);
    }
  }

  private static int month(String s) {
    int m = integer(s, "month");
    if (m < 1 || m > 12) {
      throw new IllegalArgumentException("month must be 01 to 12, found '" + s + "'");
    }
    return m;
  }

  private static DayOfWeek dayOfWeek(String s) {
    String u = s.toUpperCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equals(u) || d.name().substring(0, 3).equals(u)) {
        return d;
      }
    }
    throw new IllegalArgumentException("expected a day of week such as MON, found '" + s + "'");
  }

  private static HolidayRule.Observance observance(String s) {
    String u = s.toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return HolidayRule.Observance.valueOf(u);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected observed none, sunday-to-monday, nearest-weekday or substitute, found '"
          + s + "'", e);
    }
  }

  /** The holidays of the year with their names, in date order; observed days are named "(observed)". */
  public Map<LocalDate, String> holidaysWithNames(int year) {
    TreeMap<LocalDate, String> result = new TreeMap<>();
    record Occurrence(LocalDate date, HolidayRule rule) { }
    List<Occurrence> occurrences = new ArrayList<>();
    for (int y = year - 1; y <= year + 1; y++) {
      for (HolidayRule r : rules) {
        LocalDate d = r.natural(y);
        if (d != null) {
          occurrences.add(new Occurrence(d, r));
        }
      }
    }
    occurrences.sort(Comparator.comparing(Occurrence::date));
    TreeMap<LocalDate, String> all = new TreeMap<>();
    for (Occurrence o : occurrences) {
      all.merge(o.date(), o.rule().name(), (a, b) -> a + " / " + b);
    }
    for (Occurrence o : occurrences) {
      LocalDate d = o.date();
      DayOfWeek dow = d.getDayOfWeek();
      switch (o.rule().observance()) {
        case NONE:
          break;
        case SUNDAY_TO_MONDAY:
          if (dow == DayOfWeek.SUNDAY) {
            all.putIfAbsent(d.plusDays(1), o.rule().name() + " (observed)");
          }
          break;
        case NEAREST_WEEKDAY:
          if (dow == DayOfWeek.SATURDAY) {
            all.putIfAbsent(d.minusDays(1), o.rule().name() + " (observed)");
          } else if (dow == DayOfWeek.SUNDAY) {
            all.putIfAbsent(d.plusDays(1), o.rule().name() + " (observed)");
          }
          break;
        case SUBSTITUTE:
          if (weekend.contains(dow)) {
            LocalDate s = d.plusDays(1);
            while (weekend.contains(s.getDayOfWeek()) || all.containsKey(s)) {
              s = s.plusDays(1);
            }
            all.put(s, o.rule().name() + " (substitute day)");
          }
          break;
        default:
          throw new AssertionError(o.rule().observance());
      }
    }
    for (Map.Entry<LocalDate, String> e : all.entrySet()) {
      if (e.getKey().getYear() == year) {
        result.put(e.getKey(), e.getValue());
      }
    }
    return Collections.unmodifiableMap(result);
  }

  /** The name of the holiday on that date, if it is one. */
  public Optional<String> holidayName(LocalDate date) {
    return Optional.ofNullable(holidaysWithNames(date.getYear()).get(date));
  }

  @Override
  public List<LocalDate> holidays(int year) {
    return List.copyOf(holidaysWithNames(year).keySet());
  }

  /** The weekend days of this calendar. */
  public Set<DayOfWeek> weekend() {
    return weekend;
  }

  @Override
  public HolidayCalendarId id() {
    return id;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    return table.isHoliday(date);
  }

  @Override
  public boolean isWeekend(LocalDate date) {
    return table.isWeekend(date);
  }

  @Override
  public boolean isBusinessDay(LocalDate date) {
    return table.isBusinessDay(date);
  }

  @Override
  public LocalDate next(LocalDate date) {
    return table.next(date);
  }

  @Override
  public LocalDate previous(LocalDate date) {
    return table.previous(date);
  }

  @Override
  public LocalDate nextOrSame(LocalDate date) {
    return table.nextOrSame(date);
  }

  @Override
  public LocalDate previousOrSame(LocalDate date) {
    return table.previousOrSame(date);
  }

  @Override
  public String toString() {
    return id.name();
  }
}
