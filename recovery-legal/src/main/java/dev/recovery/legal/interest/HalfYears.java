package dev.recovery.legal.interest;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/** Half-year arithmetic: rates set "on 1 January / 1 July" apply per half-year (semester). */
final class HalfYears {

  private HalfYears() {}

  /** 1 January or 1 July of the half-year containing the date. */
  static LocalDate start(LocalDate d) {
    return LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? Month.JANUARY : Month.JULY, 1);
  }

  /** 30 June or 31 December of the half-year containing the date. */
  static LocalDate end(LocalDate d) {
    return start(d).plusMonths(6).minusDays(1);
  }

  /** A label such as {@code 2024-H1}. */
  static String label(LocalDate d) {
    return d.getYear() + (d.getMonthValue() <= 6 ? "-H1" : "-H2");
  }

  /** Splits {@code from..to} (inclusive) at half-year boundaries; each element is {from, to}. */
  static List<LocalDate[]> split(LocalDate from, LocalDate to) {
    List<LocalDate[]> result = new ArrayList<>();
    LocalDate s = from;
    while (!s.isAfter(to)) {
      LocalDate e = end(s);
      if (e.isAfter(to)) {
        e = to;
      }
      result.add(new LocalDate[] {s, e});
      s = e.plusDays(1);
    }
    return result;
  }
}
